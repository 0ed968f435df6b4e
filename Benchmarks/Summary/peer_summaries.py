#!/usr/bin/env python3
"""Peer summaries of the MultiLing 2011 English topics with sumy (LexRank, TextRank), for `parallax eval summary --peer`.

Each topic's ten articles are read the way ../shared/peers/summarize_lexrank.py reads a folder (one paragraph per
line, pysbd sentences, sumy's stemmer and stop words) and summarized with the largest sentence count whose summary
stays within the word budget (the rule Parallax follows: whole sentences, at most 250 words). Writes OUT/<method>/M00x.txt
and prints the summarization time per method (import and file reading excluded).

  /tmp/peers/bin/python Benchmarks/Summary/peer_summaries.py ../shared/bench/summarization/multiling2011-en /tmp/peer_summaries
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "peers"))
sys.path.insert(0, os.environ.get("PARALLAX_PEERS", PEERS))
from summarize_lexrank import sumy_summarize  # noqa: E402


def topic_text(folder, topic):
    names = sorted(n for n in os.listdir(folder) if n.startswith(topic) and n.endswith(".english"))
    docs = [open(os.path.join(folder, n), encoding="utf-8").read() for n in names]
    return "\n\n".join(l.strip() for t in docs for l in t.split("\n") if l.strip())


def within_budget(text, method, words):
    """The largest sentence count whose summary has at most `words` words (sumy returns document order)."""
    best, n = [], 1
    while True:
        summary = sumy_summarize(text, method, n, 0.0)
        if sum(len(s.split()) for s in summary) > words or len(summary) < n:
            return best
        best, n = summary, n + 1


def main():
    root, out = sys.argv[1], sys.argv[2]
    words = int(sys.argv[3]) if len(sys.argv) > 3 else 250
    sources = os.path.join(root, "SourceTexts")
    topics = sorted({n[:4] for n in os.listdir(sources) if n.endswith(".english")})
    import sumy.summarizers.lex_rank  # noqa: F401  (import time is not summarization time)
    import sumy.summarizers.text_rank  # noqa: F401
    for method in ("lexrank", "textrank"):
        os.makedirs(os.path.join(out, method), exist_ok=True)
        texts = {t: topic_text(sources, t) for t in topics}
        search = 0.0
        final = 0.0
        for t in topics:
            t0 = time.perf_counter()
            summary = within_budget(texts[t], method, words)
            search += time.perf_counter() - t0
            t0 = time.perf_counter()
            sumy_summarize(texts[t], method, len(summary), 0.0)
            final += time.perf_counter() - t0
            with open(os.path.join(out, method, t + ".txt"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(s.strip() for s in summary) + "\n")
        print(f"timing: {method} {len(topics)} topics: one summary per topic {final * 1000:.0f} ms "
              f"(search for the sentence count {search * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
