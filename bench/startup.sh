#!/usr/bin/env bash
# Start-up benchmark: `ari asterisk ping` against `curl` on the same local
# server, and `ari --version` against `websocat --version` (the tool ari
# replaces for events). Reports medians and both ratios.
#
# Needs hyperfine (Debian: apt-get install hyperfine) and curl; websocat is
# optional (cargo install websocat).
# Targets: ari/curl <= 0.5, ari --version <= websocat --version.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 2; }

cargo build --release --quiet --bin ari --example ping_server
ARI=target/release/ari
PORT=${PORT:-18088}

target/release/examples/ping_server "$PORT" >/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
# Wait until the server answers.
for _ in $(seq 100); do
  curl -s "http://127.0.0.1:$PORT/ari/asterisk/ping" >/dev/null && break
  sleep 0.05
done

OUT=$(mktemp -d)
# ari reads the password from ARI_PASSWORD; curl gets it in -u, as people type it.
export ARI_PASSWORD=asterisk
WEBSOCAT=()
command -v websocat >/dev/null && WEBSOCAT=(-n "websocat --version" "websocat --version")
hyperfine -N --warmup 20 --runs "${RUNS:-300}" --export-json "$OUT/bench.json" \
  -n "ari asterisk ping" "$ARI --url 127.0.0.1:$PORT asterisk ping" \
  -n "curl" "curl -s -u asterisk:asterisk http://127.0.0.1:$PORT/ari/asterisk/ping" \
  -n "ari --version" "$ARI --version" "${WEBSOCAT[@]}"

python3 - "$OUT/bench.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ms = lambda name: results[name]["median"] * 1000
ari, curl, version = ms("ari asterisk ping"), ms("curl"), ms("ari --version")
print()
print(f"median ari asterisk ping : {ari:6.2f} ms")
print(f"median curl              : {curl:6.2f} ms")
print(f"median ari --version     : {version:6.2f} ms")
print(f"ari/curl ratio           : {ari / curl:6.2f}   (target <= 0.5: {'met' if ari / curl <= 0.5 else 'MISSED'})")
if "websocat --version" in results:
    websocat = ms("websocat --version")
    print(f"median websocat --version: {websocat:6.2f} ms")
    print(f"ari/websocat --version   : {version / websocat:6.2f}   (target <= 1.0: {'met' if version <= websocat else 'MISSED'})")
else:
    print("websocat --version       : not installed (cargo install websocat)")
PY
