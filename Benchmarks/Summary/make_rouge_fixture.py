#!/usr/bin/env python3
"""Writes the rouge-score reference values the ROUGE tests compare against.

For each MultiLing 2011 English topic, the three model summaries are scored against each other (A→B, B→C, C→A)
with rouge-score (use_stemmer=True, no truncation). Only file names and numbers are written, never text.

  /tmp/rouge/bin/python Benchmarks/Summary/make_rouge_fixture.py ../shared/bench/summarization/multiling2011-en \
      > Tests/ParallaxTests/Fixtures/Rouge/rouge_score_pairs.tsv
"""
import os
import sys

from rouge_score import rouge_scorer

root = os.path.join(sys.argv[1], "ModelSummaries")
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
print("candidate\treference\trouge1_p\trouge1_r\trouge1_f\trouge2_p\trouge2_r\trouge2_f")
for topic in range(10):
    for a, b in (("A", "B"), ("B", "C"), ("C", "A")):
        cand, ref = f"M00{topic}.{a}.250", f"M00{topic}.{b}.250"
        read = lambda n: open(os.path.join(root, n), encoding="utf-8").read()
        s = scorer.score(read(ref), read(cand))
        values = [s["rouge1"].precision, s["rouge1"].recall, s["rouge1"].fmeasure,
                  s["rouge2"].precision, s["rouge2"].recall, s["rouge2"].fmeasure]
        print("\t".join([cand, ref] + [f"{v:.6f}" for v in values]))
