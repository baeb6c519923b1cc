#!/usr/bin/env bash
# Builds a portable tarball of Marginalia from an already built binary.
#
#   packaging/build-tarball.sh BIN OUT_DIR
#   e.g. packaging/build-tarball.sh target/release/marginalia dist
#
# Writes OUT_DIR/marginalia-<version>-linux-<arch>.tar.gz (version from Cargo.toml,
# arch from dpkg --print-architecture, else uname -m) and prints its path. The tarball
# holds one folder, marginalia/: the binary, the desktop file, the icon (SVG and a
# 256 px PNG), the MIME definition, INSTALL.txt and LICENSES/ (the fonts' licences).
set -euo pipefail

# shellcheck source=packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
name="$(cargo_field name)"
version="$(cargo_field version)"
if [ -z "$name" ] || [ -z "$version" ]; then
    echo "$0: could not read name and version from $root/Cargo.toml" >&2
    exit 1
fi
if command -v dpkg >/dev/null; then
    arch="$(dpkg --print-architecture)"
else
    arch="$(uname -m)"
fi

stage="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-tar.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
umask 022
dir="$stage/marginalia"
mkdir -p "$dir/LICENSES"

install -m 0755 "$bin" "$dir/marginalia"
install -m 0644 "$pkgdir/marginalia.desktop" "$dir/marginalia.desktop"
install -m 0644 "$root/assets/icons/marginalia.svg" "$dir/marginalia.svg"
install -m 0644 "$root/assets/icons/hicolor/256x256/apps/marginalia.png" "$dir/marginalia.png"
install -m 0644 "$pkgdir/marginalia-mime.xml" "$dir/marginalia-mime.xml"
# The demo exercise, found beside the binary (src/sample/bundled.rs).
install_sample "$dir/sample-docs"
sed "s/VERSION/$version/; s/ARCH/$arch/" "$pkgdir/INSTALL.txt" > "$dir/INSTALL.txt"
chmod 0644 "$dir/INSTALL.txt"
install -m 0644 "$pkgdir/copyright" "$dir/LICENSES/COPYRIGHT"
for lic in "$root"/assets/fonts/*-LICENSE.txt "$root/assets/fonts/README.md"; do
    install -m 0644 "$lic" "$dir/LICENSES/$(basename "$lic")"
done
for lic in "$root"/assets/fonts/egui/*; do
    install -D -m 0644 "$lic" "$dir/LICENSES/egui/$(basename "$lic")"
done
install -m 0644 "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$dir/LICENSES/"
mv "$dir/LICENSES/README.md" "$dir/LICENSES/FONTS.md"

mkdir -p "$out_dir"
tarball="$(cd "$out_dir" && pwd)/${name}-${version}-linux-${arch}.tar.gz"
# Reproducible-ish: fixed owner, sorted names, mtime of the last commit if known.
mtime="$(git -C "$root" log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
    -C "$stage" -cf - marginalia | gzip -9n > "$tarball"
echo "$tarball"
