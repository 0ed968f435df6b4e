#!/usr/bin/env bash
# Browser test for `parallax serve`: ingests Samples/ into a temporary store (and posts it again over the API), renders the story list and the biggest
# story in headless Chromium, checks the summary and citations are in the DOM, takes phone and desktop screenshots,
# and checks that an article carrying script, img and javascript: payloads shows them as text and runs nothing.
#
# Usage: Scripts/browser-test.sh [PORT]       (screenshots go to Scripts/screenshots/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-18080}"
BASE="http://127.0.0.1:$PORT"
HELPER="python3 Scripts/browser_check.py"
SHOTS="Scripts/screenshots"
WORK="$(mktemp -d)"
SERVER_PID=""

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID" || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v chromium >/dev/null 2>&1; then
    echo "== installing Chromium from Debian's packages"
    if [[ "$(id -u)" -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update
    if apt-cache policy chromium | grep -q 'Candidate: (none)'; then echo "no chromium package available" >&2; exit 1; fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

echo "== building"
swift build --product parallax
BIN="$(swift build --show-bin-path)/parallax"

echo "== ingesting Samples/ with parallax ingest"
"$BIN" ingest --store "$WORK/store.sqlite" Samples/

echo "== starting parallax serve on $BASE"
"$BIN" serve --store "$WORK/store.sqlite" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
    if curl -fsS "$BASE/health" >/dev/null 2>&1; then break; fi
    sleep 0.2
done
curl -fsS "$BASE/health" >/dev/null || { cat "$WORK/server.log"; echo "server did not start" >&2; exit 1; }

echo "== posting Samples/ again over the API (already stored: same stories)"
$HELPER load "$BASE" Samples
STORY="$($HELPER biggest "$BASE")"
XSS_STORY="$($HELPER xss "$BASE")"
echo "biggest story: $STORY; XSS story: $XSS_STORY"

chrome() {
    # A fresh profile each run; no GPU or sandbox in containers.
    timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
        --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 "$@"
}

echo "== story list"
chrome --dump-dom "$BASE/" >"$WORK/list.html" 2>"$WORK/list.log"
$HELPER list-dom "$WORK/list.html"

echo "== story page"
chrome --dump-dom "$BASE/stories/$STORY" >"$WORK/story.html" 2>"$WORK/story.log"
$HELPER story-dom "$WORK/story.html"

echo "== XSS page"
chrome --dump-dom "$BASE/stories/$XSS_STORY" >"$WORK/xss.html" 2>"$WORK/xss.log"
$HELPER xss-dom "$WORK/xss.html"
# An alert would show in the console log as a JavaScript dialog, and a blocked inline script as a CSP violation.
if grep -Eiq 'javascript dialog|alert\(|Refused to (execute|load)' "$WORK/xss.log" "$WORK/story.log" "$WORK/list.log"; then
    grep -Ei 'javascript dialog|alert\(|Refused to' "$WORK/xss.log" "$WORK/story.log" "$WORK/list.log" >&2
    echo "FAIL: a script ran or was blocked by the CSP" >&2
    exit 1
fi
echo "ok: no dialog and no CSP violation in Chromium's console log"

echo "== cross-site request forgery: a page on another port tries to add an article"
ATTACK_PORT=$((PORT + 1))
mkdir -p "$WORK/attack"
cat >"$WORK/attack/index.html" <<HTML
<!doctype html><html><body>
<form id="f" method="POST" action="$BASE/api/articles" enctype="text/plain" target="sink">
<input name='{"id": "csrf-form", "text": "forged by a form", "x": "' value='"}'>
</form>
<iframe name="sink"></iframe>
<script>
fetch("$BASE/api/articles", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"},
  body: JSON.stringify({id: "csrf-fetch", text: "forged by fetch"})}).catch(() => {});
document.getElementById("f").submit();
document.title = "submitted";
</script></body></html>
HTML
BEFORE="$(curl -fsS "$BASE/health")"
python3 -m http.server "$ATTACK_PORT" --bind 127.0.0.1 --directory "$WORK/attack" >"$WORK/attack.log" 2>&1 &
ATTACK_PID=$!
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$ATTACK_PORT/" >/dev/null 2>&1 && break; sleep 0.1; done
chrome --virtual-time-budget=5000 --dump-dom "http://127.0.0.1:$ATTACK_PORT/" >"$WORK/attack.html" 2>"$WORK/attack-chrome.log" || true
kill "$ATTACK_PID" 2>/dev/null || true
grep -q "<title>submitted</title>" "$WORK/attack.html" || { echo "FAIL: the attack page did not run" >&2; exit 1; }
AFTER="$(curl -fsS "$BASE/health")"
for id in csrf-form csrf-fetch; do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles/$id")" != "404" ]]; then
        echo "FAIL: the cross-site page stored $id" >&2; exit 1
    fi
done
[[ "$BEFORE" == "$AFTER" ]] || { echo "FAIL: article count changed: $BEFORE -> $AFTER" >&2; exit 1; }
REFUSED="$(grep -cE 'method=POST .*path=/api/articles status=(403|415)' "$WORK/server.log" || true)"
[[ "$REFUSED" -ge 1 ]] || { echo "FAIL: no refused POST in the server log" >&2; tail -5 "$WORK/server.log" >&2; exit 1; }
echo "ok: the form and fetch from another origin stored nothing ($REFUSED POSTs refused with 403/415)"

echo "== screenshots"
mkdir -p "$SHOTS"
for size in 390,844 1280,900; do
    name="${size/,/x}"
    chrome --screenshot="$SHOTS/list-$name.png" --window-size="$size" "$BASE/" 2>/dev/null
    chrome --screenshot="$SHOTS/story-$name.png" --window-size="$size" "$BASE/stories/$STORY" 2>/dev/null
    chrome --screenshot="$SHOTS/xss-$name.png" --window-size="$size" "$BASE/stories/$XSS_STORY" 2>/dev/null
done
# The whole story page on a phone, to see every section.
chrome --screenshot="$SHOTS/story-390x6000.png" --window-size=390,6000 "$BASE/stories/$STORY" 2>/dev/null
chrome --screenshot="$SHOTS/story-1280x5000.png" --window-size=1280,5000 "$BASE/stories/$STORY" 2>/dev/null
ls -1 "$SHOTS"/*.png

echo "== graceful shutdown"
kill -TERM "$SERVER_PID"
if wait "$SERVER_PID"; then echo "ok: server exited cleanly on SIGTERM"; else echo "FAIL: server exit code $?" >&2; exit 1; fi
SERVER_PID=""
grep -c '"\?request' "$WORK/server.log" >/dev/null && echo "request log lines: $(grep -c 'request' "$WORK/server.log")"
echo "browser test passed"
