#!/usr/bin/env python3
"""Peer side of the copies-at-scale benchmark: datasketch or rensa MinHash + LSH over a generated stream.

Reads STREAM/stream.jsonl and STREAM/planted.tsv (written by `stream-benchmark generate`), then times the
same pipeline the Swift side times: for each article in order, word 5-shingles (../shared/peers/common.py),
a MinHash of 128 permutations, an LSH query (the candidate pairs) and an insert. Reading is not timed.
Prints a human line and a RESULT line that Benchmarks/Stream/run.sh turns into a table.

  /tmp/peers/bin/python Benchmarks/Stream/peer_minhash.py /tmp/stream-20k --engine rensa --bands 16 --rows 8
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# ../shared/peers next to the package root (override with PARALLAX_PEERS): its shingling, not a copy of it.
sys.path.insert(0, os.environ.get("PARALLAX_PEERS", os.path.join(HERE, "..", "..", "..", "shared", "peers")))
from common import jaccard, word_shingles  # noqa: E402


def read_stream(folder):
    ids, texts = [], []
    with open(os.path.join(folder, "stream.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                ids.append(record["id"])
                texts.append(record["text"])
    planted = []
    with open(os.path.join(folder, "planted.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            copy, original, _target, exact = line.rstrip("\n").split("\t")
            planted.append((copy, original, float(exact)))
    return ids, texts, planted


def run_datasketch(texts, k, num_perm, threshold, bands, rows, seed):
    from datasketch import MinHash, MinHashLSH

    params = (bands, rows) if bands else None
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, params=params)
    pairs = []
    start = time.perf_counter()
    for i, text in enumerate(texts):
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch([s.encode("utf-8") for s in word_shingles(text, k)])
        for j in lsh.query(m):
            pairs.append((j, i))
        lsh.insert(i, m)
    return time.perf_counter() - start, pairs, (lsh.b, lsh.r)


def run_rensa(texts, k, num_perm, threshold, bands, seed):
    from rensa import RMinHash, RMinHashLSH

    if not bands:
        from dedup_datasketch import rensa_bands

        bands = rensa_bands(threshold, num_perm)
    lsh = RMinHashLSH(threshold=threshold, num_perm=num_perm, num_bands=bands)
    pairs = []
    start = time.perf_counter()
    for i, text in enumerate(texts):
        m = RMinHash(num_perm=num_perm, seed=seed)
        m.update(list(word_shingles(text, k)))
        for j in lsh.query(m):
            pairs.append((int(j), i))
        lsh.insert(i, m)
    return time.perf_counter() - start, pairs, (bands, num_perm // bands)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stream")
    ap.add_argument("--engine", choices=["datasketch", "rensa"], default="rensa")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--num-perm", type=int, default=128)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--bands", type=int, default=0, help="LSH bands (default: the engine's own choice)")
    ap.add_argument("--rows", type=int, default=0, help="rows per band (datasketch; rensa uses num_perm / bands)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=500, help="planted pairs whose exact Jaccard is recomputed here")
    a = ap.parse_args()

    ids, texts, planted = read_stream(a.stream)
    cpu0 = time.process_time()
    if a.engine == "datasketch":
        seconds, pairs, (b, r) = run_datasketch(texts, a.k, a.num_perm, a.threshold, a.bands, a.rows, a.seed)
    else:
        seconds, pairs, (b, r) = run_rensa(texts, a.k, a.num_perm, a.threshold, a.bands, a.seed)
    cpu = time.process_time() - cpu0

    found = {(min(i, j), max(i, j)) for i, j in pairs}
    position = {doc_id: n for n, doc_id in enumerate(ids)}
    high = found_high = middle = found_middle = 0
    drift = []
    for n, (copy, original, exact) in enumerate(planted):
        i, j = position[original], position[copy]
        hit = (min(i, j), max(i, j)) in found
        if exact >= 0.8:
            high += 1
            found_high += hit
        elif exact >= 0.5:
            middle += 1
            found_middle += hit
        if n < a.check:  # the peers' own shingling against the generator's exact Jaccard
            drift.append(abs(jaccard(word_shingles(texts[i], a.k), word_shingles(texts[j], a.k)) - exact))
    recall_high = found_high / high if high else 0.0
    recall_middle = found_middle / middle if middle else 0.0
    rate = len(texts) / seconds
    print(f"{a.engine}: {len(texts)} docs, {a.num_perm} perms, {b} bands x {r} rows (threshold {a.threshold}): "
          f"{seconds:.3f} s wall, {cpu:.3f} s CPU, {rate:.0f} docs/s, {len(pairs)} candidate pairs")
    print(f"recall of planted pairs: exact J >= 0.8 {found_high}/{high} = {recall_high:.4f}, "
          f"0.5 <= J < 0.8 {found_middle}/{middle} = {recall_middle:.4f}; "
          f"shingling check: mean |J_python - J_generator| over {len(drift)} pairs = "
          f"{(sum(drift) / len(drift) if drift else 0):.5f}, max {max(drift, default=0):.5f}")
    print(f"RESULT tool={a.engine} docs={len(texts)} seconds={seconds:.4f} docs_per_s={rate:.1f} "
          f"candidates={len(pairs)} recall_08={recall_high:.4f} planted_08={high} "
          f"recall_05_08={recall_middle:.4f} planted_05_08={middle} precision=-")


if __name__ == "__main__":
    main()
