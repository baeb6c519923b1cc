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
