#!/bin/bash
# The handler bench/serve.sh runs under `ari serve`, once per call.
# Writes one line of results to $BENCH_OUT/calls/$ARI_CHANNEL_ID:
#   call mode (no argument):  answer, play sound:hello-world, read 4 digits
#     ending at '#', expect 123, then time `ari call var get` 10 times;
#   hold mode (Stasis argument "hold"): answer, say so, then wait for an event
#     that never comes until the call is hung up (the RSS phase).
# No `set -e`: a failing verb is recorded, not hidden by an early exit.

# First line: the start time. $EPOCHREALTIME is a bash builtin (microseconds,
# CLOCK_REALTIME, no fork), so it marks when bash began running the script;
# the `date +%s.%N` after it is the "first external command" figure, which
# includes one more fork and exec.
start=$EPOCHREALTIME
date_start=$(date +%s.%N)

out=$BENCH_OUT/calls/$ARI_CHANNEL_ID
mode=${1:-call}
errors=""

if [ "$mode" = hold ]; then
    hup=0
    # bash runs this after the foreground `ari call wait` has ended.
    trap 'hup=1' HUP
    ari call answer || errors+=" answer=$?"
    # The driver times `ari call var get` on this call from outside with it.
    echo "$ARI_CALL" > "$out.up"
    ari call wait NoSuchEvent --timeout 120 > /dev/null
    rc=$?
    echo "mode=hold start=$start date=$date_start wait_rc=$rc hup=$hup errors=${errors# }" > "$out"
    exit 0
fi

ari call answer || errors+=" answer=$?"
ari call play sound:hello-world || errors+=" play=$?"
digits=$(ari call read --max 4 --terminator '#' --timeout 5) || errors+=" read=$?"
[ "$digits" = 123 ] || errors+=" digits=$digits"

# var get round trips: each is a new `ari` process, its connection to serve's
# socket, and serve's GET /channels/{id}/variable to Asterisk and back.
times=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
    a=$EPOCHREALTIME
    value=$(ari call var get 'CHANNEL(name)')
    rc=$?
    b=$EPOCHREALTIME
    [ $rc = 0 ] && [ "$value" = "$ARI_CHANNEL_NAME" ] || errors+=" var=$rc:$value"
    # Both have 6 decimals: dropping the dot gives microseconds (no fork).
    times+="$(( ${b/./} - ${a/./} )),"
done

echo "mode=call start=$start date=$date_start digits=$digits var_us=${times%,} errors=${errors# }" > "$out"
