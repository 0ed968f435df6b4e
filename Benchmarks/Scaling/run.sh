#!/usr/bin/env bash
# Scaling benchmark (issue 22): `parallax brief` of one article of 1–20 MB and of one story of 10–2,000
# articles, each in its own process, with wall time and peak resident memory (GNU time), and the ratio of
# each time to the one before it (doubling the input should at most about double the time).
#
# Usage: Benchmarks/Scaling/run.sh [SHARED] [WORK]     (release build first: swift build -c release --product parallax)
# PARALLAX_BIN runs another build (an older commit's, for a before/after); LIMIT stops a run after that many
# seconds (default 600) and prints it as over the limit; each figure is the median of REPEATS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${1:-../shared}"
WORK="${2:-$(mktemp -d)}"
BIN="${PARALLAX_BIN:-.build/release/parallax}"
LIMIT="${LIMIT:-600}"
[[ -x "$BIN" ]] || { echo "build first: swift build -c release --product parallax" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian package time)" >&2; exit 2; }
[[ -f "$WORK/story-2000.jsonl" ]] || python3 Benchmarks/Scaling/make_inputs.py "$SHARED" "$WORK" --megabytes 1 2 5 10 20 --articles 10 20 50 100 200 500 1000 2000

# The median of REPEATS runs (default 3): one run on a shared machine can be off by a third.
REPEATS="${REPEATS:-3}"
measure() {
    local label="$1"; shift
    : > "$WORK/times.txt"
    for _ in $(seq 1 "$REPEATS"); do
        if timeout "$LIMIT" /usr/bin/time -o "$WORK/time.txt" -f '%e %M' "$BIN" "$@" >/dev/null 2>&1; then
            tail -1 "$WORK/time.txt" >> "$WORK/times.txt"
        else
            echo "$LIMIT 0" >> "$WORK/times.txt"
            break
        fi
    done
    # A run over the limit makes the input's figure the limit, never the median of the runs that finished.
    if grep -q "^$LIMIT 0$" "$WORK/times.txt"; then echo "$label $LIMIT 0"; return; fi
    echo "$label $(sort -n "$WORK/times.txt" | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }')"
}

echo "input            seconds  peak MB  time ratio to the row before"
previous=""
for mb in 1 2 5 10 20; do
    read -r label seconds kb <<<"$(measure "${mb}MB-article" brief "$WORK/article-${mb}MB.txt")"
    ratio=$([[ -n "$previous" ]] && python3 -c "print(f'{$seconds / $previous:.2f}')" || echo "-")
    printf "%-16s %7.2f  %7.0f  %s\n" "$label" "$seconds" "$((kb / 1024))" "$ratio"
    previous="$seconds"
done
previous=""
for count in 10 20 50 100 200 500 1000 2000; do
    read -r label seconds kb <<<"$(measure "${count}-articles" brief --one-story "$WORK/story-${count}.jsonl")"
    ratio=$([[ -n "$previous" ]] && python3 -c "print(f'{$seconds / $previous:.2f}')" || echo "-")
    printf "%-16s %7.2f  %7.0f  %s\n" "$label" "$seconds" "$((kb / 1024))" "$ratio"
    previous="$seconds"
done
