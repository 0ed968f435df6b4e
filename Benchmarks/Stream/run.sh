#!/usr/bin/env bash
# Copies at scale: generates streams with planted copies from the real bench texts, then runs Parallax (Sketch),
# rensa and datasketch back to back on the same stream, with the same shingles (word 5-grams), 128 permutations
# and the same LSH banding, single-threaded; prints a Markdown table with the docs/s ratios. Then times
# `parallax ingest` on a smaller stream.
#
#   Benchmarks/Stream/run.sh                     # 20,000 and 100,000 docs; ingest of 5,000
#   COUNTS="20000" INGEST=0 Benchmarks/Stream/run.sh
#
# Needs ../shared/bench and the peers venv (/tmp/peers, ../shared/peers/README.md; plus datasketch==2.0.0).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${PARALLAX_SHARED:-../shared}
PY=${PEERS_PYTHON:-/tmp/peers/bin/python}
COUNTS=${COUNTS:-"20000 100000"}
INGEST=${INGEST:-5000}
OUT=${OUT:-/tmp/parallax-stream}
BIN=.build/release/stream-benchmark

swift build -c release --product stream-benchmark >/dev/null
[ "$INGEST" -gt 0 ] && swift build -c release --product parallax >/dev/null

# "threshold bands rows": 16×8 is the banding of 128 lanes (rensa needs bands dividing the lanes) that keeps
# P(candidate | J = 0.8) at 0.95; the FP/FN-balanced choice for 0.8 (datasketch: 9×13) gives 0.40 there.
SETTINGS=("0.8 16 8" "0.5 32 4")
LOG=$OUT-results.txt
: > "$LOG"
# Shows the last run's lines and keeps its RESULT line, tagged with the LSH setting, for the table.
record() {
    cat "$OUT-last.txt"
    grep '^RESULT' "$OUT-last.txt" | sed "s/^RESULT/RESULT threshold=$threshold bands=$bands rows=$rows/" >> "$LOG"
}
for n in $COUNTS; do
    dir=$OUT-$n
    [ -f "$dir/stream.jsonl" ] || "$BIN" generate "$SHARED/bench" "$dir" --count "$n"
    for setting in "${SETTINGS[@]}"; do
        read -r threshold bands rows <<< "$setting"
        echo "== $n docs, threshold $threshold ($bands bands × $rows rows)"
        "$BIN" sketch "$dir" --threshold "$threshold" --bands "$bands" --rows "$rows" > "$OUT-last.txt"
        record
        for engine in rensa datasketch; do
            "$PY" Benchmarks/Stream/peer_minhash.py "$dir" --engine "$engine" \
                --threshold "$threshold" --bands "$bands" --rows "$rows" > "$OUT-last.txt"
            record
        done
    done
done

echo
echo "| docs | LSH | tool | docs/s | Parallax is × | candidates | recall J ≥ 0.8 | recall 0.5 ≤ J < 0.8 | precision |"
echo "|---|---|---|---|---|---|---|---|---|"
awk '
function field(name,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == name) return kv[2] } return "" }
{
    key = field("docs") " " field("threshold")
    if (field("tool") == "parallax") ours[key] = field("docs_per_s")
    line[NR] = $0; keys[NR] = key
}
END {
    for (r = 1; r <= NR; r++) {
        $0 = line[r]
        rate = field("docs_per_s"); tool = field("tool")
        ratio = tool == "parallax" ? "—" : sprintf("%.1f×", ours[keys[r]] / rate)
        printf "| %s | %s (%s×%s) | %s | %.0f | %s | %s | %s (%s) | %s (%s) | %s |\n", field("docs"), field("threshold"),
            field("bands"), field("rows"), tool, rate, ratio, field("candidates"), field("recall_08"), field("planted_08"),
            field("recall_05_08"), field("planted_05_08"), field("precision")
    }
}' "$LOG"

if [ "$INGEST" -gt 0 ]; then
    dir=$OUT-ingest-$INGEST
    [ -f "$dir/stream.jsonl" ] || "$BIN" generate "$SHARED/bench" "$dir" --count "$INGEST" --seed 2
    store=$dir/store.sqlite
    rm -f "$store" "$store-wal" "$store-shm"
    echo
    echo "== parallax ingest of $INGEST generated articles"
    /usr/bin/time -f "ingest: %e s wall, %U s user, %S s system, %M KB max RSS" \
        .build/release/parallax ingest --store "$store" "$dir/stream.jsonl" 2>&1 | grep -v Ingesting | tail -3
fi
