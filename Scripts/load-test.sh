#!/usr/bin/env bash
# Load test for a running `parallax serve`: 200 connections for 30 s on GET /api/stories/{id} with wrk, while
# another process posts articles. Prints the article count before and after, wrk's requests/s, latency
# distribution and errors, and the poster's count.
#
# Usage: Scripts/load-test.sh [BASE_URL] [DURATION_SECONDS]
#   BASE_URL defaults to http://127.0.0.1:8080; the server must hold at least one story (see browser-test.sh,
#   or POST Samples/ with `python3 Scripts/browser_check.py load BASE Samples`).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://127.0.0.1:8080}"
DURATION="${2:-30}"
HELPER="python3 Scripts/browser_check.py"

if ! command -v wrk >/dev/null 2>&1; then
    if [[ "$(id -u)" -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk
fi

STORY="$($HELPER biggest "$BASE")"
BEFORE="$($HELPER count "$BASE")"
echo "story: $STORY; articles before: $BEFORE"

$HELPER post-loop "$BASE" "$DURATION" >"${TMPDIR:-/tmp}/parallax-post-loop.txt" &
POSTER=$!
wrk -t2 -c200 -d"${DURATION}s" --latency --timeout 10s "$BASE/api/stories/$STORY"
wait "$POSTER"
AFTER="$($HELPER count "$BASE")"
echo "poster: $(cat "${TMPDIR:-/tmp}/parallax-post-loop.txt")"
echo "articles before: $BEFORE, after: $AFTER"
