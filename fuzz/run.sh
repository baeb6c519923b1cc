#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), two at a time, seeded with the
# sample projects and the import fixtures. Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Crashes land in fuzz/artifacts/<target>/; copy them to tests/hostile/fuzz/ as
# regression inputs (tests/hostile_input.rs runs everything there).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
mkdir -p corpus/project_load corpus/import_text corpus/import_html corpus/import_markdown
cp ../sample-docs/*.ron ../sample-docs/sample-class/*.ron corpus/project_load/ 2>/dev/null || true
cp ../tests/fixtures/import/*.txt ../sample-docs/*.txt corpus/import_text/ 2>/dev/null || true
cp ../tests/fixtures/import/*.htm* corpus/import_html/ 2>/dev/null || true
cp ../tests/fixtures/import/*.md corpus/import_markdown/ 2>/dev/null || true
cargo +nightly fuzz build -O
run() {
  cargo +nightly fuzz run -O "$1" "corpus/$1" -- -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 > "run-$1.log" 2>&1
  echo "$1: $(grep -E 'stat::number_of_executed_units|Done' "run-$1.log" | tail -1)"
}
run project_load & run import_html & wait
run import_text & run import_markdown & wait
