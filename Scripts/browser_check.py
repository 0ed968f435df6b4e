#!/usr/bin/env python3
"""Helper for browser-test.sh and load-test.sh: talks to a running `parallax serve` and checks dumped DOMs.

Standard library only. Subcommands:
  load BASE SAMPLES_DIR         POST every Samples/*.txt as an article and Samples/*.jsonl as JSON Lines
  xss BASE                      POST the XSS article; prints its story id
  biggest BASE                  prints the id of the story with the most articles
  count BASE                    prints the number of stored articles (from /health)
  story-dom FILE                checks a dumped story page: summary, citations, and their targets
  list-dom FILE                 checks a dumped story list: at least one story link
  xss-dom FILE                  checks a dumped XSS story page: no injected element, payload shown as text
  post-loop BASE SECONDS        posts a new article every few milliseconds for SECONDS; prints posted/failed
"""
import json
import os
import sys
import time
import urllib.request
from html.parser import HTMLParser

PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(1)>'


def request(method, url, body=None, content_type="application/json"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def load(base, folder):
    names = sorted(os.listdir(folder))
    for name in names:
        path = os.path.join(folder, name)
        if name.endswith(".txt"):
            with open(path, encoding="utf-8") as handle:
                body = json.dumps({"id": name, "text": handle.read()})
            status, text = request("POST", base + "/api/articles", body)
        elif name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as handle:
                status, text = request("POST", base + "/api/articles", handle.read(), "application/x-ndjson")
        else:
            continue
        if status != 201:
            sys.exit(f"POST {name}: {status} {text}")
        for item in json.loads(text)["articles"]:
            print(f"{item['article']} -> {item.get('story')}")


def xss(base):
    article = {
        "id": "xss-probe",
        "title": "Probe " + PAYLOAD,
        "publisher": '"><script>alert(2)</script>',
        "url": "javascript:alert(3)",
        "text": "Probe " + PAYLOAD + " headline text.\n\nA second paragraph with " + PAYLOAD
        + " and a javascript:alert(4) link-looking string.",
    }
    status, text = request("POST", base + "/api/articles", json.dumps(article))
    if status != 201:
        sys.exit(f"POST xss: {status} {text}")
    print(json.loads(text)["articles"][0]["story"])


def stories(base):
    status, text = request("GET", base + "/api/stories?limit=200")
    if status != 200:
        sys.exit(f"GET /api/stories: {status} {text}")
    return json.loads(text)["stories"]


class DOM(HTMLParser):
    """Collects the elements of a dumped DOM: tag, attributes, and the text inside summary and marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    dom = DOM()
    with open(path, encoding="utf-8") as handle:
        dom.feed(handle.read())
    return dom


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def story_dom(path):
    dom = parse(path)
    ids = {attrs.get("id") for _, attrs in dom.elements if attrs.get("id")}
    if "summary" not in ids:
        fail("no summary section")
    cites = [attrs for tag, attrs in dom.elements if tag == "a" and "cite" in (attrs.get("class") or "").split()]
    if not cites:
        fail("no citation links")
    missing = [c["href"] for c in cites if c["href"][1:] not in ids]
    if missing:
        fail(f"citations without targets: {missing[:5]}")
    marks = [attrs for tag, attrs in dom.elements if tag == "mark"]
    if not marks:
        fail("no highlighted spans")
    # The script ran: it turns citations' targets into marks lit on hover; check the script element is ours only.
    scripts = [attrs.get("src") for tag, attrs in dom.elements if tag == "script"]
    if scripts != ["/static/parallax.js"]:
        fail(f"unexpected scripts: {scripts}")
    print(f"ok: summary, {len(cites)} citations all with targets, {len(marks)} highlighted pieces")


def list_dom(path):
    dom = parse(path)
    links = [attrs["href"] for tag, attrs in dom.elements if tag == "a" and (attrs.get("href") or "").startswith("/stories/")]
    if not links:
        fail("no story links in the list")
    print(f"ok: {len(links)} story links")


def xss_dom(path):
    dom = parse(path)
    scripts = [attrs.get("src") for tag, attrs in dom.elements if tag == "script"]
    if scripts != ["/static/parallax.js"]:
        fail(f"injected script element: {scripts}")
    images = [attrs for tag, attrs in dom.elements if tag == "img"]
    if images:
        fail(f"injected img element: {images}")
    handlers = [(tag, name) for tag, attrs in dom.elements for name in attrs if name.startswith("on")]
    if handlers:
        fail(f"event handler attributes: {handlers}")
    links = [attrs.get("href", "") for tag, attrs in dom.elements if tag == "a"]
    if any(href.strip().lower().startswith("javascript:") for href in links):
        fail("javascript: link")
    text = "".join(dom.text)
    if "<script>alert(1)</script>" not in text or "<img src=x onerror=alert(1)>" not in text:
        fail("payload not shown as text")
    print("ok: no injected elements, handlers or javascript: links; payload shown as text")


def post_loop(base, seconds):
    deadline = time.time() + seconds
    posted = failed = 0
    serial = 0
    while time.time() < deadline:
        serial += 1
        body = json.dumps({
            "id": f"load-{os.getpid()}-{serial}",
            "title": f"Council approves harbour budget, meeting {serial}",
            "publisher": f"Outlet {serial % 7}",
            "published": "2025-03-12",
            "text": f"The city council approved the harbour budget on Wednesday, meeting number {serial}. "
            "The vote was 21 to 9. \"We can start repairs in spring,\" the harbour master said.",
        })
        status, _ = request("POST", base + "/api/articles", body)
        if status == 201:
            posted += 1
        else:
            failed += 1
        time.sleep(0.05)
    print(f"posted={posted} failed={failed}")


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "load":
        load(args[0], args[1])
    elif command == "xss":
        xss(args[0])
    elif command == "biggest":
        listed = stories(args[0])
        if not listed:
            sys.exit("no stories")
        print(max(listed, key=lambda s: (s["articles"], s["sources"]))["id"])
    elif command == "count":
        print(json.loads(request("GET", args[0] + "/health")[1])["articles"])
    elif command == "story-dom":
        story_dom(args[0])
    elif command == "list-dom":
        list_dom(args[0])
    elif command == "xss-dom":
        xss_dom(args[0])
    elif command == "post-loop":
        post_loop(args[0], float(args[1]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
