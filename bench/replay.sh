#!/usr/bin/env bash
# Record and replay benchmark. A local flood server sends N realistic ARI
# events (examples/flood_server.rs); `ari events --record` keeps them all
# while printing JSON, against the same tail without --record (what
# recording costs). Then `ari events --replay FILE --speed max` runs the
# recording through each output mode. Reports hyperfine medians and
# events/s. Target: summary mode replays 500,000 events/s or more.
#
# Usage: bench/replay.sh [N]   (default 1,000,000; needs hyperfine: apt-get
# install hyperfine; the recording takes about 0.6 KB an event in $TMPDIR)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
RUNS=${RUNS:-3}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

cargo build --release --quiet --bin ari --example flood_server
ARI=$PWD/target/release/ari
PORT=${PORT:-18094}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/ari-replay.XXXXXX")
trap 'kill $SERVER 2>/dev/null; rm -rf "$OUT"' EXIT

target/release/examples/flood_server "$PORT" "$N" >/dev/null &
SERVER=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.05
done

export ARI_PASSWORD=asterisk
TAIL="$ARI --url 127.0.0.1:$PORT events --app bench --take-over --count $N"
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/record.json" \
  --prepare "rm -f $OUT/rec.jsonl" \
  -n "live -o json" "$TAIL -o json" \
  -n "live -o summary" "$TAIL -o summary" \
  -n "live -o json --record" "$TAIL -o json --record $OUT/rec.jsonl" >/dev/null
# The recording to replay: one run's, N events.
rm -f "$OUT/rec.jsonl"
$TAIL -o json --record "$OUT/rec.jsonl" >/dev/null
SIZE=$(stat -c %s "$OUT/rec.jsonl")

REPLAY="$ARI events --replay $OUT/rec.jsonl --speed max"
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/replay.json" \
  -n "replay -o summary" "$REPLAY -o summary" \
  -n "replay -o json" "$REPLAY -o json" \
  -n "replay -o pretty --color always" "$REPLAY -o pretty --color always" \
  -n "replay -o summary --call (one call)" "$REPLAY -o summary --call 1700000000.17" >/dev/null

python3 - "$OUT/record.json" "$OUT/replay.json" "$N" "$SIZE" <<'PY'
import json, sys
n, size = int(sys.argv[3]), int(sys.argv[4])
med = {}
for f in sys.argv[1:3]:
    for r in json.load(open(f))["results"]:
        med[r["command"]] = r["median"]
print(f"{n:,} events; the recording is {size / 1e6:.0f} MB ({size / n:.0f} bytes an event)")
for name, secs in med.items():
    print(f"{name:38} {secs:7.3f} s  {n / secs:>10,.0f} events/s")
cost = med["live -o json --record"] / med["live -o json"]
print(f"recording costs the live tail {100 * (cost - 1):+.0f}% ({cost:.2f}x)")
s = n / med["replay -o summary"]
print(f"replay -o summary: {s:,.0f} events/s (target >= 500,000: {'met' if s >= 500_000 else 'NOT met'})")
PY
