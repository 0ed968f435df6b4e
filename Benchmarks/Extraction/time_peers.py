#!/usr/bin/env python3
"""Times trafilatura.extract and resiliparse extract_plain_text on the trafilatura-eval pages.

Gunzipping and file reading are done before the clock starts; only extraction is timed (the same
split `parallax eval extraction --time` uses). Also prints each peer's segment P/R/F with the
benchmark's metric (substring match after collapsing whitespace), so speed and quality come from one run.

  /tmp/peers/bin/python Benchmarks/Extraction/time_peers.py ../shared/bench/extraction/trafilatura-eval
"""
import gzip
import json
import os
import re
import sys
import time

WS = re.compile(r"\s+")


def collapse(text):
    return WS.sub(" ", text).strip()


def load(folder):
    entries = json.load(open(os.path.join(folder, "evaldata.json"), encoding="utf-8"))
    pages = []
    with open(os.path.join(folder, "manifest.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            url, path = line.rstrip("\n").split("\t")[:2]
            with gzip.open(os.path.join(folder, path)) as gz:
                pages.append((gz.read(), entries[url]))
    return pages


def score(outputs, pages):
    tp = fp = tn = fn = 0
    for text, (_, entry) in zip(outputs, pages):
        text = collapse(text or "")
        for seg in entry.get("with", []):
            if collapse(seg) in text: tp += 1
            else: fn += 1
        for seg in entry.get("without", []):
            if collapse(seg) in text: fp += 1
            else: tn += 1
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return p, r, f


def run(name, extract, pages):
    start = time.perf_counter()
    outputs = [extract(html) for html, _ in pages]
    seconds = time.perf_counter() - start
    size = sum(len(html) for html, _ in pages)
    p, r, f = score(outputs, pages)
    print(f"{name:12s} {seconds:8.2f} s  {len(pages) / seconds:8.1f} pages/s  {size / seconds / 1e6:6.2f} MB/s  P {p:.4f} R {r:.4f} F {f:.4f}")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/extraction/trafilatura-eval"
    pages = load(folder)
    import trafilatura
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    run("trafilatura", lambda html: trafilatura.extract(html, deduplicate=False), pages)
    run("resiliparse", lambda html: extract_plain_text(bytes_to_str(html, detect_encoding(html)), main_content=True), pages)


if __name__ == "__main__":
    main()
