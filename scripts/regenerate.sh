#!/usr/bin/env bash
# Regenerate the files made from the command line: completions/ and doc/ari.1.
# A test fails when they are stale; run this after changing the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --bin ari
ari=target/debug/ari
"$ari" completions bash > completions/ari.bash
"$ari" completions zsh > completions/_ari
"$ari" completions fish > completions/ari.fish
"$ari" completions powershell > completions/_ari.ps1
"$ari" completions elvish > completions/ari.elv
"$ari" man > doc/ari.1
echo "regenerated completions/ and doc/ari.1"
