#!/usr/bin/env python3
"""Writes a .warc.gz with warcio (the Python reference WARC library), one gzip member per record, as crawlers do:
for each page a request and a response record, plus a JPEG response, a redirect and a revisit record, so that the
reader meets what real crawl files hold.

Usage: make_warc.py OUT.warc.gz FILE... (HTML files as pages; .txt files are wrapped in a minimal page, the first
line the title), or make_warc.py OUT.warc.gz --folder DIR [--limit N] (every .html file of DIR, sorted)."""
import html
import io
import os
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page_bytes(path):
    data = open(path, "rb").read()
    if path.endswith(".txt"):
        lines = data.decode("utf-8").split("\n")
        title, body = lines[0], [line for line in lines[1:] if line.strip()]
        page = "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>" % (
            html.escape(title), html.escape(title), "".join("<p>%s</p>" % html.escape(p) for p in body))
        return page.encode("utf-8")
    return data


def main():
    out = sys.argv[1]
    args = sys.argv[2:]
    if args and args[0] == "--folder":
        folder = args[1]
        limit = int(args[3]) if len(args) > 3 and args[2] == "--limit" else None
        files = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".html"))[:limit]
    else:
        files = args
    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(os.path.basename(out), {"software": "warcio make_warc.py"}))
        for number, path in enumerate(files):
            uri = "https://news.example/%d/%s" % (number, os.path.basename(path).replace(" ", "-"))
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            body = page_bytes(path)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/photo.jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff\xe0"), http_headers=image))
        moved = StatusAndHeaders("301 Moved Permanently", [("Location", "https://news.example/0")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/old", "response", payload=io.BytesIO(b""), http_headers=moved))
        if files:
            writer.write_record(writer.create_revisit_record(
                "https://news.example/0/again", digest="sha1:AAAA", refers_to_uri="https://news.example/0",
                refers_to_date="2024-04-09T08:00:00Z"))


if __name__ == "__main__":
    main()
