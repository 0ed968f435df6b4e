#!/usr/bin/env python3
"""The Python way to read a crawl: warcio's ArchiveIterator over a .warc.gz, trafilatura.extract on each HTML
response. Prints pages and seconds (reading, inflating, parsing and extraction all timed, as `parallax extract`
does them all).

  /tmp/peers/bin/python Benchmarks/WARC/time_peer.py crawl.warc.gz
"""
import sys
import time

import trafilatura
from warcio.archiveiterator import ArchiveIterator


def main():
    start = time.perf_counter()
    pages = texts = 0
    with open(sys.argv[1], "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            if not (record.http_headers.get_header("Content-Type") or "").startswith("text/html"):
                continue
            pages += 1
            if trafilatura.extract(record.content_stream().read()):
                texts += 1
    print("warcio+trafilatura pages %d with-text %d seconds %.2f" % (pages, texts, time.perf_counter() - start))


if __name__ == "__main__":
    main()
