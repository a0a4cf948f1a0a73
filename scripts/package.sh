#!/usr/bin/env bash
# Packages for the hosts where Asterisk runs, into target/packages/:
#   ari_VERSION_amd64.deb         (cargo-deb)
#   ari-VERSION-1.x86_64.rpm      (cargo-generate-rpm)
#   ari-VERSION-x86_64-linux.tar.gz
# Each holds /usr/bin/ari, the man page (gzipped), the bash, zsh and fish
# completions where those shells look for them, README, config.example.toml
# and the copyright file; the package metadata is in Cargo.toml.
# Needs: cargo install cargo-deb cargo-generate-rpm (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo-deb:deb cargo-generate-rpm:generate-rpm; do
  crate=${tool%%:*}
  cargo "${tool##*:}" --version >/dev/null 2>&1 || cargo install --locked "$crate"
done

VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
OUT=target/packages
STAGE=$OUT/staging
rm -rf "$STAGE" && mkdir -p "$STAGE"

cargo build --release --locked --bin ari
# -n: no name or time stamp in the gzip header, so the package is reproducible.
gzip -9n < doc/ari.1 > "$STAGE/ari.1.gz"

cargo deb --no-build --output "$OUT/ari_${VERSION}_amd64.deb" >/dev/null
cargo generate-rpm --output "$OUT/ari-${VERSION}-1.x86_64.rpm" >/dev/null

# The tarball: the same tree below /usr, to unpack with tar -C /usr/local or
# anywhere (bin/ari runs from where it is).
TREE=$STAGE/ari-$VERSION
install -D -m 755 target/release/ari "$TREE/bin/ari"
install -D -m 644 "$STAGE/ari.1.gz" "$TREE/share/man/man1/ari.1.gz"
install -D -m 644 completions/ari.bash "$TREE/share/bash-completion/completions/ari"
install -D -m 644 completions/_ari "$TREE/share/zsh/vendor-completions/_ari"
install -D -m 644 completions/ari.fish "$TREE/share/fish/vendor_completions.d/ari.fish"
for doc in README.md config.example.toml; do
  install -D -m 644 "$doc" "$TREE/share/doc/ari/$doc"
done
install -D -m 644 doc/COPYRIGHT "$TREE/share/doc/ari/copyright"
tar -C "$STAGE" --owner=0 --group=0 --sort=name -czf "$OUT/ari-${VERSION}-x86_64-linux.tar.gz" "ari-$VERSION"

ls -l "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.tar.gz
