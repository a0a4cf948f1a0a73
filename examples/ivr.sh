#!/usr/bin/env bash
# A small IVR, run by `ari serve` once for each call that enters the application:
#   ari serve --app ivr -- ./examples/ivr.sh
# The call is in the environment (ARI_CHANNEL_ID, ARI_CALLER_NUMBER, ...), and
# each `ari call VERB` acts on it and returns when the action is done.
set -euo pipefail

# The call hung up (the caller, or our own `ari call hangup`): serve sends
# SIGHUP, and every `ari call` exits 10 from then on.
trap 'echo "hung up"; exit 0' HUP

echo "call $ARI_CHANNEL_ID from '$ARI_CALLER_NUMBER'"
ari call answer

# Play a prompt, then read up to 4 digits; '#' ends them early. A key pressed
# during the prompt stops it and counts. Nothing typed for 5 s: empty.
code=$(ari call read --prompt sound:vm-enter-num-to-call --max 4 --terminator '#')
echo "the caller typed '$code'"

case "$code" in
  "")    # nothing at all: say goodbye
    ari call play sound:vm-goodbye
    ;;
  123)   # the secret code
    echo "code 123: hello world"
    ari call play sound:hello-world
    ;;
  *)     # anything else: put the caller through, or take a message
    if status=$(ari call dial Local/wait@lab --timeout 20); then
      ari call wait ChannelLeftBridge > /dev/null   # talking: until one side hangs up
    else
      echo "nobody answered ($status): recording a message"
      ari call record "message-$ARI_CHANNEL_ID" --beep --max-duration 30 --terminate-on '#'
    fi
    ;;
esac
ari call hangup
