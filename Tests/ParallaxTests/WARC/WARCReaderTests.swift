import Foundation
import Testing
@testable import Parallax

@Suite("WARC reader")
struct WARCReaderTests {
    private func read(_ bytes: [UInt8]) -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        var reader = WARCReader(origin: "crawl.warc")
        reader.read(bytes, offset: 0)
        return reader.finish()
    }

    @Test("an HTML response becomes an article with its URI, fetch date and text; other records are not articles")
    func responses() throws {
        let (documents, diagnostics) = read(WARCSample.archive)
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        #expect(document.id == ArticleID("https://news.example/a"))
        #expect(document.declared.url == "https://news.example/a")
        #expect(document.declared.fetched == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(document.origin.hasPrefix("crawl.warc@"))
        let article = ArticleExtractor().extract(document)
        #expect(article.metadata.title == "Dam opens")
        #expect(article.text.contains("The dam opened on Tuesday"))
        // The JPEG and the redirect are counted in one warning; warcinfo and request records are not responses.
        #expect(diagnostics == [Diagnostic(
            .warning, origin: "crawl.warc", message: "2 HTTP responses are not an article (1 image/jpeg, 1 status 301)")])
    }

    @Test("the HTTP header's charset decodes the page, and outranks the page's own declaration")
    func transportCharset() throws {
        let body = Array("<html><head><meta charset=\"koi8-r\"><title>Caf".utf8) + [0xE9] + Array("</title></head><body><p>Un caf".utf8)
            + [0xE9] + Array(" noir.</p></body></html>".utf8)
        let bytes = WARCSample.record(
            "response", block: WARCSample.response(headers: ["Content-Type: text/html; charset=ISO-8859-1"], body: body))
        let document = try #require(read(bytes).documents.first)
        #expect(ArticleExtractor().extract(document).metadata.title == "Café")
    }

    @Test("a status line without a reason phrase still holds a response")
    func statusWithoutReason() {
        let block = Array("HTTP/1.1 200\r\nContent-Type: text/html\r\n\r\n<p>Dam opens.</p>".utf8)
        let (documents, diagnostics) = read(WARCSample.record("response", block: block))
        #expect(diagnostics.isEmpty)
        #expect(documents.count == 1)
    }

    @Test("chunked payloads are joined, and a URI seen twice gets a numbered id")
    func chunkedAndRepeated() {
        let chunked = Array("4\r\n<p>D\r\n19\r\nam opens on a river bank.\r\n4\r\n</p>\r\n0\r\n\r\n".utf8)
        let block = WARCSample.response(headers: ["Content-Type: text/html", "Transfer-Encoding: chunked"], body: chunked)
        let (documents, diagnostics) = read(WARCSample.record("response", block: block) + WARCSample.record("response", block: block))
        #expect(diagnostics.isEmpty)
        #expect(documents.map(\.id.rawValue) == ["https://news.example/a", "https://news.example/a#2"])
        #expect(String(decoding: documents[0].bytes, as: UTF8.self) == "<p>Dam opens on a river bank.</p>")
    }

    @Test("a malformed record is reported at its offset with the reason, and the records after it are read")
    func malformed() {
        let good = WARCSample.record("response", block: WARCSample.response(body: WARCSample.page("One", "First page text.")))
        let noLength = Array("WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n".utf8)
        let garbage = Array("not a record at all\r\n".utf8)
        let other = WARCSample.record(
            "response", uri: "https://news.example/b", block: WARCSample.response(body: WARCSample.page("Two", "Second page text.")))
        let lastBlock = WARCSample.response(body: WARCSample.page("Three", "x"))
        let truncated = Array(WARCSample.record("response", block: lastBlock).dropLast(30))
        let bytes = garbage + good + noLength + other + truncated
        let (documents, diagnostics) = read(bytes)
        #expect(documents.map(\.id.rawValue) == ["https://news.example/a", "https://news.example/b"])
        let noLengthAt = garbage.count + good.count
        let truncatedAt = noLengthAt + noLength.count + other.count
        #expect(diagnostics.map(\.message) == [
            "malformed WARC record (at byte 0: not a WARC record (no 'WARC/1.0' or 'WARC/1.1' line))",
            "malformed WARC record (at byte \(noLengthAt): no valid Content-Length)",
            // The record lost its last 30 bytes: the closing four and 26 of its block.
            "malformed WARC record (at byte \(truncatedAt): truncated: Content-Length is \(lastBlock.count) bytes, \(lastBlock.count - 26) follow)",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.origin == "crawl.warc" })
    }

    @Test("a compressed member's records are placed at the member's offset")
    func memberOffsets() {
        var reader = WARCReader(origin: "crawl.warc.gz")
        reader.read(Array("WARC/1.1\r\nWARC-Type: response\r\n\r\n".utf8), offset: 4_096, isMember: true)
        #expect(reader.finish().diagnostics.map(\.message) == ["malformed WARC record (at byte 4096: no valid Content-Length)"])
    }
}
