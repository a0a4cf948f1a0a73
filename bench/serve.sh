#!/usr/bin/env bash
# `ari serve` benchmark against a real Asterisk (the kit in ../shared/asterisk),
# run from the repository root as bench/serve.sh. It builds the release binary,
# starts a private Asterisk, runs bench/serve.py (the driver) and stops both.
#
#   phase 0   10 calls one at a time (serve's latency on an idle machine)
#   phase 1   200 calls, 20 in progress at a time; each handler
#             (bench/serve_handler.sh) answers, plays sound:hello-world, reads
#             up to 4 digits ending at '#' and checks it got 123 (Local/dtmf@lab
#             sends 123#), then times 10 `ari call var get`
#   phase 1b  20 calls originated at the same instant (the burst case)
#   phase 2   100 calls up at once, handlers in `ari call wait`; serve's RSS
#             sampled; then all hung up and every handler must have ended
#   end       no channel left in the application, no handler process left
#
# Prints: handler start latency after StasisStart (p50, p99; with perf, split
# into serve's part and bash's), `ari call var get` round trip (p50, p99) with
# its baselines, serve's RSS and TCP connections, CPU, and the counts.
# How each figure is taken, and why: the docstring of bench/serve.py.
#
# Targets: handler start p50 < 5 ms, p99 < 20 ms; var get p50 < 3 ms;
# serve's RSS < 30 MB with 100 calls up (reported as met or MISSED).
#
# Needs root (the StasisStart frames are timestamped by a packet socket on lo;
# perf, if installed, records the handlers' exec), python3 (standard library
# only) and cargo. Settings (environment): CALLS=200 CONCURRENCY=20 HOLD=100
# QUIET=10 STAGGER=0.12 FORMATS=ulaw BENCH_PERF=1 ASTERISK_VERSION=22.10.1;
# BENCH_KEEP=1 keeps the output directory (serve.log, figures.json, per-call
# results), which is also kept when the run fails.
# Exit 0 when every call and check went right, 1 when one did not (a failed
# verb, a call or handler left, a request Asterisk refused); missed targets
# alone do not fail the run. Takes about 90 s after the build.
set -euo pipefail
cd "$(dirname "$0")/.."

KIT=${ARI_TEST_KIT:-$PWD/../shared/asterisk/asterisk-test-server}
[ -x "$KIT" ] || KIT=/work/shared/asterisk/asterisk-test-server
[ -x "$KIT" ] || { echo "bench: no Asterisk kit (../shared/asterisk)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "bench: run as root: the StasisStart timing uses a packet socket" >&2; exit 2; }

cargo build --release --quiet --bin ari
ARI=$PWD/target/release/ari
HANDLER=$PWD/bench/serve_handler.sh
OUT=$(mktemp -d /tmp/ari-bench-serve.XXXXXX)
ASTERISK_DIR=""
DRIVER=""

# Every way out: SIGTERM to serve (it sends its calls on, then ends its
# handlers), then the Asterisk stopped. serve.py stops serve itself when all
# goes well; this covers a crash or Ctrl-C in the middle.
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # The driver first, so that it stops starting calls.
  if [ -n "$DRIVER" ] && kill -0 "$DRIVER" 2>/dev/null; then
    kill -TERM "$DRIVER" 2>/dev/null || true
    wait "$DRIVER" 2>/dev/null || true
  fi
  if [ -s "$OUT/serve.pid" ]; then
    local pid; pid=$(cat "$OUT/serve.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      # serve sends its calls on one REST request after another: give it time.
      for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && { echo "bench: serve did not end within 30 s of SIGTERM; killing it" >&2; kill -KILL "$pid" 2>/dev/null || true; }
    fi
  fi
  # A system-wide perf left behind by a driver that died.
  if [ -s "$OUT/perf.pid" ] && kill -0 "$(cat "$OUT/perf.pid")" 2>/dev/null; then
    kill -TERM "$(cat "$OUT/perf.pid")" 2>/dev/null || true
  fi
  [ -n "$ASTERISK_DIR" ] && "$KIT" stop "$ASTERISK_DIR" >/dev/null 2>&1 || true
  if [ "${BENCH_KEEP:-0}" = 1 ] || [ $rc != 0 ]; then
    echo "bench: output kept in $OUT (serve.log: serve's stderr)${ASTERISK_DIR:+ and $ASTERISK_DIR (asterisk.log)}" >&2
  else
    # The kit's stop leaves the instance's directory: it was ours alone.
    rm -rf "$OUT" ${ASTERISK_DIR:+"$ASTERISK_DIR"}
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private Asterisk; `--owner-pid $$` also stops it should this shell die
# without running its trap (SIGKILL).
vars=$("$KIT" start --owner-pid $$)
set -a; eval "$vars"; set +a
echo "bench: Asterisk $("$ARI" asterisk info --jq .system.version 2>/dev/null || echo '?') at $ARI_URL;" \
     "ari $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src crates || echo ' + uncommitted changes')" >&2

# The handlers run `ari call ...`: this build, first in PATH. C locale so that
# $EPOCHREALTIME has a dot.
export PATH=$PWD/target/release:$PATH LC_ALL=C
# In the background with `wait`, so that a signal to this shell runs the trap
# at once (bash would hold it until a foreground command ends).
python3 bench/serve.py "$ARI" "$HANDLER" "$OUT" &
DRIVER=$!
wait "$DRIVER"
