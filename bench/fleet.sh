#!/usr/bin/env bash
# Fleet benchmark: 100 simulated Asterisks in one process (examples/fleet_sims),
# then with hyperfine: `ari asterisk ping` on one of them, on all 100
# (`-p all`), and `ari -p all channels list -o table` with 100 channels each.
# Reports medians and the all/one ratio.
#
# Needs hyperfine (Debian: apt-get install hyperfine).
# Targets: -p all ping under 10x one ping; the 100 x 100 table under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

SERVERS=${SERVERS:-100}
CHANNELS=${CHANNELS:-100}
cargo build --release --quiet --bin ari --example fleet_sims
ARI=target/release/ari
OUT=$(mktemp -d)
CONFIG=$OUT/config.toml

# The simulators run until their stdin closes.
exec 3> >(target/release/examples/fleet_sims "$CONFIG" "$SERVERS" "$CHANNELS" > "$OUT/ready")
trap 'exec 3>&-; rm -rf "$OUT"' EXIT
for _ in $(seq 600); do
  grep -q ready "$OUT/ready" 2>/dev/null && break
  sleep 0.05
done
grep -q ready "$OUT/ready" || { echo "bench: the simulators did not start" >&2; exit 1; }

run() { "$ARI" --config "$CONFIG" "$@"; }
# Every server answers before timing starts.
run -p all asterisk ping -o json > /dev/null

hyperfine -N --warmup 5 --runs "${RUNS:-50}" --export-json "$OUT/bench.json" \
  -n "one ping" "$ARI --config $CONFIG -p s000 asterisk ping" \
  -n "all: ping ($SERVERS servers)" "$ARI --config $CONFIG -p all asterisk ping -o json" \
  -n "all: channels list -o table ($SERVERS x $CHANNELS)" "$ARI --config $CONFIG -p all channels list -o table" \
  > /dev/null

python3 - "$OUT/bench.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print(f"{'command':<52} {'median':>10}")
for name, r in results.items():
    print(f"{name:<52} {r['median'] * 1000:8.1f} ms")
names = list(results)
one, all_ = results[names[0]]["median"], results[names[1]]["median"]
print(f"ping all / one ping: {all_ / one:.1f}x (target < 10)")
print(f"table of {names[2].split('(')[1].rstrip(')')}: {results[names[2]]['median'] * 1000:.0f} ms (target < 1000)")
PY
