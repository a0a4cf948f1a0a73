#!/usr/bin/env bash
# Media benchmark against a real Asterisk from ../shared/asterisk:
#  1. a long tap (default 600 s) of a call that hears music on hold, at
#     16 kHz (slin16): its resident memory sampled every 5 s (flat is the
#     target, under 15 MB), its CPU time per second tapped, and the WAV's
#     length against the wall clock;
#  2. the delay of a marked tone sent by `ari channels inject --from -` and
#     heard back by `ari channels tap --to -` through Asterisk's echo
#     (bench/media_delay.py): loop medians over ROUNDS tones.
#
# Usage: bench/media.sh [SECONDS]   (ROUNDS=20 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TAPPED=${1:-600}
KIT=../shared/asterisk/asterisk-test-server
[ -x "$KIT" ] || { echo "bench: ../shared/asterisk is absent" >&2; exit 2; }
[ -n "${ARI_BIN_PATH:-}" ] || cargo build --release --quiet --bin ari
ARI=${ARI_BIN_PATH:-$PWD/target/release/ari}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/ari-media.XXXXXX")
eval "$("$KIT" start)"
export ARI_URL ARI_USERNAME ARI_PASSWORD
trap 'kill $TAIL 2>/dev/null; "$KIT" stop "$ASTERISK_DIR" >/dev/null; rm -rf "$OUT"' EXIT

APP=bench-media
$ARI events --app $APP -o json >/dev/null 2>&1 &
TAIL=$!
until $ARI applications get $APP >/dev/null 2>&1; do sleep 0.1; done

echo "== 1. a ${SECONDS_TAPPED} s tap at 16 kHz"
# echo@lab never ends (wait@lab hangs up after 300 s); ;1 hears its own music back.
CHAN=$($ARI channels originate --endpoint Local/echo@lab --app $APP --jq .id)
until [ "$($ARI channels get "$CHAN" --jq .dialplan.app_name 2>/dev/null)" = Stasis ]; do sleep 0.1; done
$ARI channels start-moh "$CHAN"
/usr/bin/time -f "%M %U %S %e" -o "$OUT/time" \
  $ARI channels tap "$CHAN" --duration "$SECONDS_TAPPED" --to "$OUT/long.wav" 2>"$OUT/tap.err" &
WRAPPER=$!
until PID=$(pgrep -P $WRAPPER -x ari); do sleep 0.05; done
RSS=()
while kill -0 "$PID" 2>/dev/null; do
  r=$(awk '/VmRSS/ {print $2}' /proc/$PID/status 2>/dev/null || true)
  [ -n "$r" ] && RSS+=("$r")
  sleep 5
done
wait $WRAPPER
read -r MAXRSS USER SYS WALL < "$OUT/time"
N=${#RSS[@]}
echo "RSS samples (KB), every 5 s: first ${RSS[0]}, after 1 min ${RSS[12]:-?}, last ${RSS[$((N-1))]}, max $MAXRSS"
awk -v u="$USER" -v s="$SYS" -v w="$WALL" \
  'BEGIN { printf "CPU %.2f s user + %.2f s system over %.1f s: %.2f%% of one core\n", u, s, w, 100*(u+s)/w }'
tail -1 "$OUT/tap.err"
$ARI channels hangup "$CHAN" >/dev/null

echo "== 2. delay of a marked tone: inject -> Asterisk (whisper, Local, Echo, snoop) -> tap"
python3 bench/media_delay.py "$ARI" "$APP" "${ROUNDS:-20}"

echo "== 3. what ari itself adds (strace timestamps: socket to stdout, stdin to socket)"
if command -v strace >/dev/null; then
  CHAN=$($ARI channels originate --endpoint Local/echo@lab --app $APP --jq .id)
  until [ "$($ARI channels get "$CHAN" --jq .dialplan.app_name 2>/dev/null)" = Stasis ]; do sleep 0.1; done
  $ARI channels start-moh "$CHAN"
  python3 bench/media_added.py "$ARI" "$CHAN"
  $ARI channels hangup "$CHAN" >/dev/null
else
  echo "(needs strace: apt-get install strace)"
fi
