# Shared by build-deb.sh and build-tarball.sh (sourced, not run): their arguments
# (BIN OUT_DIR), the repository's folders, and Cargo.toml's [package] fields.

if [ $# -ne 2 ]; then
    echo "usage: $0 BIN OUT_DIR" >&2
    exit 2
fi
bin="$1"
out_dir="$2"
if [ ! -x "$bin" ]; then
    echo "$0: $bin is not an executable file" >&2
    exit 1
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkgdir="$root/packaging"

# The first `key = "value"` of Cargo.toml's [package] table.
cargo_field() {
    sed -n '/^\[package\]/,/^\[/{ s/^'"$1"'[[:space:]]*=[[:space:]]*"\(.*\)"[[:space:]]*$/\1/p; }' \
        "$root/Cargo.toml" | head -n 1
}

# The demo exercise into DEST: the seed articles, the assignment, the answer key and the
# class to grade (src/sample/bundled.rs finds it beside the binary or in
# ../share/marginalia/sample-docs).
install_sample() {
    local dest="$1" f
    for f in "$root"/sample-docs/*.txt "$root"/sample-docs/exercise.ron \
             "$root"/sample-docs/exercise-key.ron; do
        install -D -m 0644 "$f" "$dest/$(basename "$f")"
    done
    for f in "$root"/sample-docs/sample-class/*.ron; do
        install -D -m 0644 "$f" "$dest/sample-class/$(basename "$f")"
    done
}
