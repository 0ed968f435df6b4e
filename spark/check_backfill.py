"""Compares a backfill's output with `parallax ingest` and `parallax dedup` on the same files.

    python spark/check_backfill.py OUT REFERENCE.sqlite DEDUP.json [STORE_STORIES.json REFERENCE_STORIES.json]

Copies must be exactly dedup's exact copies and near-duplicates; stories must reach BCubed F1 >= 0.99 against the
reference store's (article -> live story); with the last two files, the loaded store must list exactly the
reference store's stories. Prints the figures; exits 1 when a check fails.
"""
import json
import sqlite3
import sys

import pyarrow.parquet as parquet


def bcubed(found, truth):
    """BCubed precision, recall and F1 of a clustering (item -> cluster) against the truth."""
    def members(assignment):
        clusters = {}
        for item, cluster in assignment.items():
            clusters.setdefault(cluster, set()).add(item)
        return {item: clusters[cluster] for item, cluster in assignment.items()}
    found_members, true_members = members(found), members(truth)
    items = sorted(set(found) & set(truth))
    precision = sum(len(found_members[i] & true_members[i]) / len(found_members[i]) for i in items) / len(items)
    recall = sum(len(found_members[i] & true_members[i]) / len(true_members[i]) for i in items) / len(items)
    return precision, recall, 2 * precision * recall / (precision + recall)


def reference_stories(path):
    """Each stored article's live story, from a SQLite store."""
    database = sqlite3.connect(path)
    stories = {position: (story_id, merged) for position, story_id, merged in
               database.execute("SELECT position, id, mergedInto FROM story")}
    def live(position):
        while stories[position][1] is not None:
            position = stories[position][1]
        return stories[position][0]
    return {article: live(story) for article, story in database.execute("SELECT articleID, story FROM assignment")}


def main():
    out, reference, dedup = sys.argv[1:4]
    failures = []
    copies = {(row["copy"], row["original"], row["kind"]) for row in parquet.read_table(out + "/copies").to_pylist()}
    expected = {(pair["relation"]["copy"], pair["relation"]["original"], pair["relation"]["kind"])
                for pair in json.load(open(dedup)) if pair["relation"]["kind"] in ("exact", "near-duplicate")}
    print(f"copies: {len(copies)} found, {len(expected)} from dedup, {len(copies & expected)} in both")
    if copies != expected:
        failures.append(f"copies differ: only backfill {sorted(copies - expected)}, only dedup {sorted(expected - copies)}")

    found = {row["stored"]: row["story"] for row in parquet.read_table(out + "/stories").to_pylist()}
    truth = reference_stories(reference)
    precision, recall, f1 = bcubed(found, truth)
    print(f"stories: {len(set(found.values()))} found, {len(set(truth.values()))} from ingest; "
          f"BCubed P {precision:.4f} R {recall:.4f} F1 {f1:.4f} over {len(set(found) & set(truth))} articles")
    if set(found) != set(truth):
        failures.append(f"articles differ: only backfill {sorted(set(found) - set(truth))}, only ingest {sorted(set(truth) - set(found))}")
    if f1 < 0.99:
        failures.append(f"stories BCubed F1 {f1:.4f} < 0.99")

    problems = parquet.read_table(out + "/problems").to_pylist()
    print(f"problems: {len(problems)}")
    if len(sys.argv) > 5:
        loaded, listed = json.load(open(sys.argv[4])), json.load(open(sys.argv[5]))
        print(f"store: {len(loaded)} stories loaded, {len(listed)} from ingest")
        if loaded != listed:
            failures.append("the loaded store lists other stories than ingest's")
    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
