#!/usr/bin/env bash
# Builds a Debian package of Marginalia from an already built binary.
#
#   packaging/build-deb.sh BIN OUT_DIR
#   e.g. packaging/build-deb.sh target/release/marginalia dist
#
# Writes OUT_DIR/marginalia_<version>_<arch>.deb and prints its path. Name, version,
# description and licence come from Cargo.toml; nothing is compiled here (no cargo).
# Needs dpkg-deb; uses dpkg-shlibdeps (dpkg-dev) for Depends if present, else objdump.
# The copy of the binary in the package is stripped (Debian policy) unless
# MARGINALIA_NO_STRIP=1.
set -euo pipefail

# shellcheck source=packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
name="$(cargo_field name)"
version="$(cargo_field version)"
description="$(cargo_field description)"
license="$(cargo_field license)"
for v in name version description license; do
    if [ -z "${!v}" ]; then
        echo "$0: could not read '$v' from $root/Cargo.toml" >&2
        exit 1
    fi
done
arch="$(dpkg --print-architecture)"

# Synopsis: the description up to its first colon ("Offline annotation of news
# articles for media-literacy classrooms"), which fits Debian's 80 columns.
synopsis="${description%%:*}"

# --- staging tree ------------------------------------------------------------------
stage="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
umask 022
chmod 0755 "$stage"

install -D -m 0755 "$bin" "$stage/usr/bin/$name"
if [ "${MARGINALIA_NO_STRIP:-0}" != 1 ] && command -v strip >/dev/null; then
    strip --strip-unneeded --remove-section=.comment --remove-section=.note \
        "$stage/usr/bin/$name"
fi

mkdir -p "$stage/usr/share/man/man1"
gzip -9n < "$pkgdir/marginalia.1" > "$stage/usr/share/man/man1/$name.1.gz"
chmod 0644 "$stage/usr/share/man/man1/$name.1.gz"
install -D -m 0644 "$pkgdir/marginalia.desktop" "$stage/usr/share/applications/marginalia.desktop"
for png in "$root"/assets/icons/hicolor/*/apps/marginalia.png; do
    size_dir="$(basename "$(dirname "$(dirname "$png")")")"   # e.g. 48x48
    install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/$size_dir/apps/marginalia.png"
done
install -D -m 0644 "$root/assets/icons/marginalia.svg" \
    "$stage/usr/share/icons/hicolor/scalable/apps/marginalia.svg"
install -D -m 0644 "$pkgdir/marginalia-mime.xml" "$stage/usr/share/mime/packages/marginalia.xml"
install -D -m 0644 "$pkgdir/org.marginalia.Marginalia.metainfo.xml" \
    "$stage/usr/share/metainfo/org.marginalia.Marginalia.metainfo.xml"

# The demo exercise the window opens with no file (src/sample/bundled.rs looks in
# ../share/marginalia/sample-docs beside /usr/bin), and a class to grade.
install_sample "$stage/usr/share/$name/sample-docs"

doc="$stage/usr/share/doc/$name"
install -D -m 0644 "$pkgdir/copyright" "$doc/copyright"
install -D -m 0644 "$root/README.md" "$doc/README.md"
for lic in "$root"/assets/fonts/*-LICENSE.txt; do
    install -D -m 0644 "$lic" "$doc/fonts/$(basename "$lic")"
done
install -D -m 0644 "$root/assets/fonts/README.md" "$doc/fonts/README.md"
# egui's own fonts are in the binary too.
for lic in "$root"/assets/fonts/egui/*; do
    install -D -m 0644 "$lic" "$doc/fonts/egui/$(basename "$lic")"
done
install -D -m 0644 "$root/LICENSE-MIT" "$doc/LICENSE-MIT"
install -D -m 0644 "$root/LICENSE-APACHE" "$doc/LICENSE-APACHE"
# A native package's changelog (Debian policy 12.7), one entry for this version.
{
    echo "$name ($version) unstable; urgency=medium"
    echo
    echo "  * Release $version. Built from the upstream sources; see README.md."
    echo
    echo " -- Marginalia developers <marginalia@example.invalid>  $(LC_ALL=C date -R -u ${SOURCE_DATE_EPOCH:+-d @$SOURCE_DATE_EPOCH})"
} | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"

# --- dependencies --------------------------------------------------------------------
# Depends: the libraries the binary links (libc6, libgcc-s1). Everything for the window
# (EGL/GL, X11 or Wayland, xkbcommon, fontconfig) is dlopen()ed at run time, so it is
# invisible to the linker: those go in Recommends (the same list as README.md).
depends=""
if command -v dpkg-shlibdeps >/dev/null; then
    shl="$(mktemp -d "${TMPDIR:-/tmp}/marginalia-shlibs.XXXXXX")"
    mkdir -p "$shl/debian"
    printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" > "$shl/debian/control"
    depends="$(cd "$shl" && dpkg-shlibdeps -O "$stage/usr/bin/$name" 2>/dev/null \
        | sed -n 's/^shlibs:Depends=//p')" || depends=""
    rm -rf "$shl"
fi
if [ -z "$depends" ]; then
    glibc="$(objdump -T "$stage/usr/bin/$name" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' \
        | sed 's/GLIBC_//' | sort -uV | tail -n 1 || true)"
    depends="libc6${glibc:+ (>= $glibc)}, libgcc-s1"
fi
recommends="libegl1, libegl-mesa0, libgl1-mesa-dri, libgbm1, libxkbcommon-x11-0, libwayland-client0, libx11-6, libx11-xcb1, libxcursor1, libxi6, libfontconfig1"

installed_size="$(du -sk --apparent-size "$stage" | cut -f1)"

# --- DEBIAN/control --------------------------------------------------------------------
# No postinst/postrm: dpkg triggers of shared-mime-info (/usr/share/mime/packages),
# desktop-file-utils (/usr/share/applications) and hicolor-icon-theme
# (/usr/share/icons/hicolor) refresh the caches. See packaging/README.md.
mkdir -p "$stage/DEBIAN"
{
    echo "Package: $name"
    echo "Version: $version"
    echo "Architecture: $arch"
    echo "Maintainer: Marginalia developers <marginalia@example.invalid>"
    echo "Installed-Size: $installed_size"
    echo "Depends: $depends"
    echo "Recommends: $recommends"
    echo "Section: education"
    echo "Priority: optional"
    echo "Description: $synopsis"
    echo "$description" | fold -s -w 72 | sed 's/[[:space:]]*$//; s/^/ /'
    echo " ."
    echo " Students open news articles, highlight passages and tag them as claim,"
    echo " rebuttal, framing or boilerplate; teachers grade the project files"
    echo " against an answer key. Offline and private: no account, no server."
    echo " English and French; articles in Latin, Greek, Cyrillic, Arabic, Hebrew,"
    echo " Chinese, Japanese and Korean scripts."
    echo " ."
    echo " License: $license."
} > "$stage/DEBIAN/control"

# md5sums of every shipped file, for debsums and dpkg --verify.
(cd "$stage" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/control"

mkdir -p "$out_dir"
deb="$(cd "$out_dir" && pwd)/${name}_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Zxz "$stage" "$deb" >/dev/null
echo "$deb"
