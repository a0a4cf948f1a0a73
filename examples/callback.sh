#!/usr/bin/env bash
# A callback, run by `ari serve` for each call that enters the application:
#   ari serve --app callback -- ./examples/callback.sh
# A caller is hung up on at once and called back on their own phone
# (PJSIP/<their name>), where a prompt asks them to press a key.
set -euo pipefail
trap 'exit 0' HUP

if [ "${ARI_ARGS:-}" != "callback" ]; then
  phone="PJSIP/${ARI_CALLER_NAME,,}"
  echo "call from '$ARI_CALLER_NAME': calling back $phone"
  # Into this same application, marked as the callback leg: serve runs this
  # script again for it. Then this call ends (and with it this script: the
  # hang-up's SIGHUP).
  ari channels originate --endpoint "$phone" --app "$ARI_APP" --app-args callback \
    --caller-id "Callback <100>" > /dev/null
  ari call hangup
  exit 0
fi

echo "callback answered on $ARI_CHANNEL_NAME"
key=$(ari call read --prompt sound:vm-enter-num-to-call --max 1)
echo "they pressed '$key'"
ari call hangup
