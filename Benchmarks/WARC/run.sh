#!/usr/bin/env bash
# WARC input speed: `parallax extract` on a .warc.gz against warcio + trafilatura on the same file, same run.
# The archive is written by warcio (make_warc.py) from the trafilatura evaluation pages of ../shared/bench,
# copied COPIES times (default 4) so the run lasts long enough to time.
#
# Usage: Benchmarks/WARC/run.sh [SHARED] [WORK]   (release build first; a Python with warcio and trafilatura
# in PEER_PYTHON, default /tmp/peers/bin/python: python3 -m venv /tmp/peers && /tmp/peers/bin/pip install
# trafilatura==2.3.1 lxml_html_clean warcio==1.7.4)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${1:-../shared}"
WORK="${2:-$(mktemp -d)}"
BIN="${PARALLAX_BIN:-.build/release/parallax}"
PY="${PEER_PYTHON:-/tmp/peers/bin/python}"
COPIES="${COPIES:-4}"
mkdir -p "$WORK/pages"
if [[ ! -f "$WORK/crawl.warc.gz" ]]; then
    for copy in $(seq 1 "$COPIES"); do
        for page in "$SHARED"/bench/extraction/trafilatura-eval/html/eval/*.html.gz; do
            name=$(basename "$page" .html.gz)
            gunzip -c "$page" > "$WORK/pages/$copy-$name.html"
        done
    done
    "$PY" Benchmarks/WARC/make_warc.py "$WORK/crawl.warc.gz" --folder "$WORK/pages"
fi
echo "archive: $(du -h "$WORK/crawl.warc.gz" | cut -f1), $(ls "$WORK/pages" | wc -l) pages"
/usr/bin/time -f 'parallax extract: %e s, peak %M KB' "$BIN" extract --quiet "$WORK/crawl.warc.gz" > "$WORK/parallax.out" 2> "$WORK/parallax.err" || true
tail -1 "$WORK/parallax.err"
echo "parallax articles with text: $(grep -c '^== ' "$WORK/parallax.out")"
/usr/bin/time -f 'warcio+trafilatura: %e s, peak %M KB' "$PY" Benchmarks/WARC/time_peer.py "$WORK/crawl.warc.gz"
