#!/usr/bin/env bash
# Side-by-side summary benchmark on MultiLing 2011 English: Parallax, sumy LexRank and TextRank, scored with our ROUGE.
#
#   bash Benchmarks/Summary/run.sh [../shared/bench/summarization/multiling2011-en]
#
# Needs the peers venv (python3 -m venv /tmp/peers && /tmp/peers/bin/pip install sumy==0.13.0 pysbd==0.3.4) and
# ../shared/peers (or PARALLAX_PEERS=/path/to/peers). Cross-check with rouge-score: make_rouge_fixture.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH="${1:-../shared/bench/summarization/multiling2011-en}"
OUT="${OUT:-/tmp/parallax_summary_peers}"
PY="${PY:-/tmp/peers/bin/python}"
swift build -c release --product parallax
"$PY" Benchmarks/Summary/peer_summaries.py "$BENCH" "$OUT"
.build/release/parallax eval summary "$BENCH" --time \
    --peer sumy-lexrank="$OUT/lexrank" --peer sumy-textrank="$OUT/textrank"
