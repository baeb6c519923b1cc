#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), two at a time, seeded with the
# sample projects and the import fixtures. Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Crashes land in fuzz/artifacts/<target>/; copy them to tests/hostile/ as
# import-fuzz-<what>.<ext> with a row in tests/hostile_input.rs (and RELIABILITY.md).
# FUZZ_TARGETS="import_pdf import_docx" runs only those.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
mkdir -p corpus/project_load corpus/import_text corpus/import_html corpus/import_markdown \
  corpus/import_docx corpus/import_odt corpus/import_epub corpus/import_mhtml corpus/import_pdf
cp ../sample-docs/*.ron ../sample-docs/sample-class/*.ron corpus/project_load/ 2>/dev/null || true
cp ../tests/fixtures/import/*.txt ../sample-docs/*.txt corpus/import_text/ 2>/dev/null || true
cp ../tests/fixtures/import/*.htm* corpus/import_html/ 2>/dev/null || true
cp ../tests/fixtures/import/*.md corpus/import_markdown/ 2>/dev/null || true
for kind in docx odt epub mhtml; do
  cp ../tests/fixtures/documents/*.$kind ../tests/hostile/*.$kind corpus/import_$kind/ 2>/dev/null || true
done
# The 50-page PDF is left out: libFuzzer's -max_len would cut it anyway.
cp ../tests/fixtures/documents/article.pdf ../tests/fixtures/documents/scan.pdf \
  ../tests/hostile/*.pdf corpus/import_pdf/ 2>/dev/null || true
cargo +nightly fuzz build -O
run() {
  cargo +nightly fuzz run -O "$1" "corpus/$1" -- -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 > "run-$1.log" 2>&1
  echo "$1: $(grep -E 'stat::number_of_executed_units|Done' "run-$1.log" | tail -1)"
}
targets="${FUZZ_TARGETS:-project_load import_html import_text import_markdown import_docx import_odt import_epub import_mhtml import_pdf}"
set -- $targets
while [ $# -gt 0 ]; do
  if [ $# -ge 2 ]; then run "$1" & run "$2" & wait; shift 2; else run "$1"; shift; fi
done
