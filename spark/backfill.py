"""Parallax backfill on Apache Spark: many web archives or JSON Lines files, prepared in parallel.

    spark-submit spark/backfill.py --input PATH... --output DIR [--store URL] [--window-days N] [--parallax BIN]

Each input file (.warc, .warc.gz, .jsonl, .ndjson; folders are listed) is one task: its bytes go through
`parallax prepare`, which extracts and analyzes every article and sketches it (exact key, MinHash band keys).
Near-duplicates are found by an LSH band shuffle: articles are grouped by each of their band keys and by their
exact key, and every group of two or more goes through `parallax copies`, which checks its pairs as `parallax
dedup` does. Stories are made within time windows (--window-days, by publication date, else fetch date, else
else the day it was prepared): each window's articles, in arrival order (input files in path order, then
their order in the file), go through `parallax assign`, which assigns them to stories exactly as `parallax
ingest` does. A story that crosses a window boundary is cut there; with --store, all articles are also loaded,
in arrival order and through the same stage, into the store (PostgreSQL, or a SQLite file), whose stories are
never cut, so that `parallax serve` shows them.

Writes DIR/articles, DIR/copies, DIR/stories and DIR/problems as Parquet. The `parallax` binary must be on every
executor (--parallax, else PARALLAX_BIN, else `parallax` on PATH).
"""
import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import types as T

KINDS = {".warc.gz": "warc.gz", ".warc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def kind_of(path):
    lowered = path.lower()
    for suffix, kind in KINDS.items():
        if lowered.endswith(suffix):
            return kind
    return None


def list_inputs(spark, paths):
    """Every input file under the paths (any Hadoop file system), sorted; other files are refused by name."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    found = []
    for given in paths:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            sys.exit(f"backfill: {given}: no such file or folder")
        iterator = fs.listFiles(path, True)
        while iterator.hasNext():
            name = iterator.next().getPath().toString()
            base = name.rsplit("/", 1)[-1]
            if base.startswith("."):
                continue
            if kind_of(name) is None:
                if not fs.getFileStatus(path).isDirectory():
                    sys.exit(f"backfill: {given}: not a web archive or JSON Lines file (.warc, .warc.gz, .jsonl)")
                continue
            found.append(name)
    if not found:
        sys.exit("backfill: no .warc, .warc.gz or .jsonl files under " + " ".join(paths))
    return sorted(set(found))


def run_stage(binary, arguments, data):
    """Runs one parallax stage with `data` on standard input; its standard output, or an error naming it."""
    result = subprocess.run([binary] + arguments, input=data, capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"parallax {' '.join(arguments)} failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    return result.stdout.decode()


def prepare(binary, order, threads):
    def run(item):
        path, content = item
        arguments = ["prepare", "--kind", kind_of(path), "--origin", path, "--threads", str(threads)]
        output = run_stage(binary, arguments, content)
        for line in output.splitlines():
            if line:
                record = json.loads(line)
                record["file"] = path
                record["order"] = [order[path], record["position"]]
                yield record
    return run


def window_of(row, days):
    """The window an article's stories are made in: by its publication day, else its fetch day, else the day it
    was prepared (the day `parallax ingest` would have seen it), in periods of `days` from 1970-01-01."""
    metadata = json.loads(row["metadata"])
    for value in (row.get("published"), metadata.get("fetched"), row["seen"]):
        if value:
            parts = (value.split("T")[0].split("-") + ["1", "1"])[:3]
            try:
                day = datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                continue
            return (day - datetime.date(1970, 1, 1)).days // days
    return -1


def for_copies(record):
    """What `parallax copies` reads of a record: its row without the analysis items, which copy detection does
    not use, so each of its band groups ships a fraction of it."""
    row = dict(record["row"], entities="[]", quotes="[]", numbers="[]", dates="[]", sentences="[]")
    return {"position": record["position"], "order": record["order"], "row": row}


def copies_of(binary):
    def run(partition):
        lines = [json.dumps(dict(record, group=group)) for group, records in partition for record in records]
        if not lines:
            return
        output = run_stage(binary, ["copies"], "\n".join(lines).encode())
        for line in output.splitlines():
            if line:
                yield json.loads(line)
    return run


def assign_windows(binary):
    """`parallax assign` over each window's records, which arrive in arrival order, streamed to its standard input:
    a window of any size is never held in memory here."""
    def finish(window, process, errors):
        process.stdin.close()
        output = process.stdout.read()
        if process.wait() != 0:
            errors.seek(0)
            raise RuntimeError(f"parallax assign failed ({process.returncode}): {errors.read().decode(errors='replace')}")
        for line in output.splitlines():
            if line:
                assignment = json.loads(line)
                assignment["window"] = window
                yield assignment

    def run(records):
        window, process, errors = None, None, None
        for (key, _), record in records:
            if key != window:
                if process is not None:
                    yield from finish(window, process, errors)
                # Standard error to a file: a pipe left unread would block assign once it filled.
                window, errors = key, tempfile.TemporaryFile()
                process = subprocess.Popen([binary, "assign"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
            process.stdin.write((json.dumps(record) + "\n").encode())
        if process is not None:
            yield from finish(window, process, errors)
    return run


def main():
    parser = argparse.ArgumentParser(description="Parallax backfill: prepare, copies and stories on Spark.")
    parser.add_argument("--input", nargs="+", required=True, help="WARC or JSON Lines files or folders")
    parser.add_argument("--output", required=True, help="the folder the Parquet tables are written to")
    parser.add_argument("--store", help="also load every article into this store (postgres:// URL or SQLite file)")
    parser.add_argument("--window-days", type=int, default=30, help="the length of a story window, in days")
    parser.add_argument("--parallax", default=os.environ.get("PARALLAX_BIN") or shutil.which("parallax") or "parallax")
    arguments = parser.parse_args()
    if arguments.window_days < 1:
        sys.exit("backfill: --window-days must be at least 1")
    binary = arguments.parallax

    spark = SparkSession.builder.appName("parallax-backfill").getOrCreate()
    context = spark.sparkContext
    files = list_inputs(spark, arguments.input)
    order = {path: index for index, path in enumerate(files)}
    contents = context.binaryFiles(",".join(files), minPartitions=len(files))
    # A task extracts and analyzes on as many threads as it was given cores (spark.task.cpus, 1 by default).
    threads = int(context.getConf().get("spark.task.cpus", "1"))
    # Kept on disk where memory runs out: a prepared record that is dropped is prepared again by every later stage.
    prepared = contents.flatMap(prepare(binary, order, threads)).persist(StorageLevel.MEMORY_AND_DISK)
    articles = prepared.filter(lambda record: record.get("row") is not None)

    # Copies: an LSH band shuffle. Each article joins the group of its exact key and of each band key; the
    # articles of every group of two or more go, group by group, to `parallax copies`, which checks its pairs.
    def uid(record):
        return "%d:%d" % tuple(record["order"])
    keys = articles.flatMap(
        lambda record: [("x" + record["exactKey"], uid(record))] + [("b" + key, uid(record)) for key in record["bandKeys"]])
    groups = keys.groupByKey().mapValues(list).filter(lambda group: len(group[1]) > 1)
    member_of = groups.flatMap(lambda group: [(member, group[0]) for member in group[1]])
    tagged = member_of.join(articles.map(lambda record: (uid(record), for_copies(record)))).map(lambda joined: joined[1])
    relations = tagged.groupByKey().mapPartitions(copies_of(binary)).map(
        lambda relation: (relation["copy"], relation["original"], relation["kind"], float(relation["jaccard"]))).distinct()

    # Stories: each window's articles in arrival order through `parallax assign`, one partition per window, sorted
    # by Spark (which spills to disk) rather than gathered in memory.
    keyed = articles.map(lambda record: ((window_of(record["row"], arguments.window_days), tuple(record["order"])), record))
    windows = sorted(keyed.keys().map(lambda key: key[0]).distinct().collect())
    partition_of = {window: number for number, window in enumerate(windows)}
    assignments = keyed.repartitionAndSortWithinPartitions(
        numPartitions=max(1, len(windows)), partitionFunc=lambda key: partition_of[key[0]]
    ).mapPartitions(assign_windows(binary))

    story_schema = T.StructType([
        T.StructField("article", T.StringType(), False), T.StructField("stored", T.StringType(), False),
        T.StructField("story", T.StringType(), False), T.StructField("window", T.LongType(), False)])
    stories = spark.createDataFrame(
        assignments.map(lambda a: (a["article"], a["stored"], a["story"], a["window"])), story_schema)
    stories.write.mode("overwrite").parquet(os.path.join(arguments.output, "stories"))

    article_schema = T.StructType([
        T.StructField(name, kind, nullable) for name, kind, nullable in [
            ("id", T.StringType(), False), ("file", T.StringType(), False), ("position", T.LongType(), False),
            ("title", T.StringType(), True), ("publisher", T.StringType(), True), ("published", T.StringType(), True),
            ("seen", T.StringType(), False), ("content_hash", T.StringType(), False), ("exact_key", T.StringType(), False),
            ("text", T.StringType(), False), ("metadata", T.StringType(), False), ("window", T.LongType(), False)]])
    spark.createDataFrame(articles.map(lambda record: (
        record["row"]["id"], record["file"], record["position"], record["row"].get("title"),
        record["row"].get("publisher"), record["row"].get("published"), record["row"]["seen"],
        record["row"]["contentHash"], record["exactKey"], record["row"]["text"], record["row"]["metadata"],
        window_of(record["row"], arguments.window_days))), article_schema
    ).write.mode("overwrite").parquet(os.path.join(arguments.output, "articles"))

    copy_schema = T.StructType([
        T.StructField("copy", T.StringType(), False), T.StructField("original", T.StringType(), False),
        T.StructField("kind", T.StringType(), False), T.StructField("jaccard", T.DoubleType(), False)])
    spark.createDataFrame(relations, copy_schema).write.mode("overwrite").parquet(os.path.join(arguments.output, "copies"))

    problem_schema = T.StructType([
        T.StructField("file", T.StringType(), False), T.StructField("position", T.LongType(), False),
        T.StructField("problem", T.StringType(), False)])
    problems = prepared.filter(lambda record: record.get("problem") is not None)
    spark.createDataFrame(problems.map(lambda r: (r["file"], r["position"], r["problem"])), problem_schema) \
        .write.mode("overwrite").parquet(os.path.join(arguments.output, "problems"))

    if arguments.store:
        # One stage on the driver, fed in arrival order: story assignment is serialized through the store.
        loader = subprocess.Popen([binary, "assign", "--store", arguments.store], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL)
        for record in articles.sortBy(lambda record: record["order"]).toLocalIterator():
            loader.stdin.write((json.dumps(record) + "\n").encode())
        loader.stdin.close()
        if loader.wait() != 0:
            sys.exit(f"backfill: loading {arguments.store} failed")

    # Counted from the tables written: counting the RDDs would run the copies and story stages again.
    def table(name, schema):
        return spark.read.schema(schema).parquet(os.path.join(arguments.output, name))
    counts = {"files": len(files), "articles": table("articles", article_schema).count(),
              "problems": table("problems", problem_schema).count(), "copies": table("copies", copy_schema).count(),
              "stories": table("stories", story_schema).select("story").distinct().count()}
    print("backfill: " + ", ".join(f"{value} {name}" for name, value in counts.items()), flush=True)
    spark.stop()


if __name__ == "__main__":
    main()
