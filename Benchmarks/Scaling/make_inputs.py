#!/usr/bin/env python3
"""Inputs for the scaling benchmark, from real news text in ../shared/bench:
one plain-text article of each size in MB (the texts of BASIL, ECB+ and MultiLing joined in a fixed order),
and one JSON Lines story of each article count (those texts as articles, cycled with a numbered outlet when
more are asked than exist).

Usage: make_inputs.py SHARED OUT --megabytes 1 2 5 10 20 --articles 10 20 50 100 200 500 1000 2000
"""
import argparse, glob, json, os

def texts(shared):
    found = []
    for path in sorted(glob.glob(os.path.join(shared, "bench/stories/basil/stories/*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            found.append((record.get("title") or "", record["text"]))
    for path in sorted(glob.glob(os.path.join(shared, "bench/clustering/ecbplus/docs/*/*.json"))):
        record = json.load(open(path, encoding="utf-8"))
        if (record.get("text") or "").strip():
            found.append((record.get("title") or "", record["text"]))
    for path in sorted(glob.glob(os.path.join(shared, "bench/summarization/multiling2011-en/SourceTexts/*/*"))):
        found.append(("", open(path, encoding="utf-8", errors="replace").read()))
    return found

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("shared")
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, nargs="*", default=[])
    parser.add_argument("--articles", type=int, nargs="*", default=[])
    options = parser.parse_args()
    corpus = texts(options.shared)
    os.makedirs(options.out, exist_ok=True)
    blob = "\n\n".join(text for _, text in corpus).encode("utf-8")
    for megabytes in options.megabytes:
        size = int(megabytes * 1024 * 1024)
        body = (blob * (size // len(blob) + 1))[:size].decode("utf-8", "ignore")
        with open(os.path.join(options.out, f"article-{megabytes:g}MB.txt"), "w", encoding="utf-8") as handle:
            handle.write("One very long article\n\n" + body)
    for count in options.articles:
        with open(os.path.join(options.out, f"story-{count}.jsonl"), "w", encoding="utf-8") as handle:
            for index in range(count):
                title, text = corpus[index % len(corpus)]
                outlet = f"Outlet {index // len(corpus) + 1}"
                handle.write(json.dumps({"id": f"a{index}", "publisher": outlet, "title": title, "text": text}) + "\n")

main()
