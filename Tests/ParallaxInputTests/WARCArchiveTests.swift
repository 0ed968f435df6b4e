import CompressNIO
import Foundation
import NIOCore
import Parallax
@testable import ParallaxInput
import Testing

/// `.warc.gz` input as Common Crawl and CC-NEWS publish it: one gzip member per record.
@Suite struct WARCArchiveTests {
    private func record(_ uri: String, _ title: String) -> [UInt8] {
        let page = "<html><head><title>\(title)</title></head><body><article><p>\(title): the council voted on Monday to close the bridge.</p></article></body></html>"
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
        let header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2024-04-09T08:00:00Z\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(http.utf8.count)\r\n\r\n"
        return Array((header + http + "\r\n\r\n").utf8)
    }

    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var buffer = ByteBuffer(bytes: bytes)
        return Array(try buffer.compress(with: .gzip()).readableBytesView)
    }

    private func load(_ bytes: [UInt8], name: String = "crawl.warc.gz") throws -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        let folder = try TestPaths.temporaryFolder()
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let collected = InputCollector().collect([folder.path])
        #expect(collected.diagnostics.isEmpty)
        return DocumentLoader().load(collected.files)
    }

    /// Written by warcio (`Benchmarks/WARC/make_warc.py`) from Samples/: warcinfo, request and response
    /// records, a JPEG, a redirect and a revisit, one gzip member each.
    @Test func anArchiveWrittenByWarcioGivesTheSamplesArticles() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/ParallaxInputTests/Fixtures/samples.warc.gz")
        let (documents, diagnostics) = DocumentLoader().load([InputFile(url: url, name: "samples.warc.gz", kind: .warcGzip)])
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(documents.map(\.id.rawValue) == samples.enumerated().map { "https://news.example/\($0.offset)/\($0.element)" })
        #expect(diagnostics.map(\.message) == ["2 HTTP responses are not an article (1 image/jpeg, 1 status 301)"])
        let titles = documents.map { ArticleExtractor().extract($0).metadata.title ?? "" }
        let firstLines = try samples.map {
            try String(contentsOfFile: TestPaths.samples + "/" + $0, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        }
        #expect(titles == firstLines)
    }

    @Test func eachMemberIsReadAndABadMemberIsNamedAtItsOffset() throws {
        let first = try gzip(record("https://a.example/1", "One"))
        var corrupt = try gzip(record("https://a.example/2", "Two"))
        corrupt.replaceSubrange(12..<40, with: [UInt8](repeating: 0xFF, count: 28))
        let third = try gzip(record("https://a.example/3", "Three"))
        let truncated = Array(try gzip(record("https://a.example/4", "Four")).dropLast(20))
        let (documents, diagnostics) = try load(first + corrupt + third + truncated)
        #expect(documents.map(\.id.rawValue) == ["https://a.example/1", "https://a.example/3"])
        #expect(documents.first?.declared.fetched == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(diagnostics.map(\.message) == [
            "malformed WARC record (at byte \(first.count): corrupt gzip data)",
            "malformed WARC record (at byte \(first.count + corrupt.count + third.count): the file ends inside a gzip member)",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.origin.hasSuffix("crawl.warc.gz") })
        let article = ArticleExtractor().extract(try #require(documents.last))
        #expect(article.metadata.title == "Three")
        #expect(article.metadata.url == "https://a.example/3")
    }

    @Test func aWholeFileInOneMemberAndAnUncompressedArchiveReadAlike() throws {
        let records = record("https://a.example/1", "One") + record("https://a.example/2", "Two")
        let whole = try load(try gzip(records))
        let plain = try load(records, name: "crawl.warc")
        #expect(whole.diagnostics.isEmpty && plain.diagnostics.isEmpty)
        #expect(whole.documents.map(\.id) == plain.documents.map(\.id))
        #expect(whole.documents.map(\.bytes) == plain.documents.map(\.bytes))
        #expect(whole.documents.count == 2)
    }

    /// Archives with bytes changed, cut or repeated anywhere: each is read to its end without a trap, members and
    /// problems are placed at offsets inside the file in order, and nothing inflates out of proportion.
    @Test func damagedArchivesAreReadToTheEnd() throws {
        let archive = try gzip(record("https://a.example/1", "One")) + gzip(record("https://a.example/2", "Two"))
            + gzip(record("https://a.example/3", "Three"))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for _ in 0..<2_000 {
            var bytes = archive
            for _ in 0...next(4) {
                let at = next(bytes.count)
                switch next(3) {
                case 0: bytes[at] = UInt8(next(256))
                case 1: bytes.removeSubrange(at...)
                default: bytes.insert(contentsOf: bytes[at..<min(at + next(64), bytes.count)], at: at)
                }
                if bytes.isEmpty { bytes = [0x1F] }
            }
            var offsets: [Int] = []
            var inflated = 0
            GzipMembers.forEach(in: bytes) { offset, piece in
                offsets.append(offset)
                if case .member(let member) = piece { inflated += member.count }
            }
            #expect(offsets == offsets.sorted() && offsets.allSatisfy { $0 < bytes.count })
            #expect(inflated <= 64 * bytes.count)
        }
    }

    @Test func bytesThatAreNotGzipAreNamedAndSkippedToTheNextMember() throws {
        let member = try gzip(record("https://a.example/1", "One"))
        let (documents, diagnostics) = try load(Array("junk".utf8) + member + [0, 0, 0, 0])
        #expect(documents.count == 1)
        #expect(diagnostics.map(\.message) == ["malformed WARC record (at byte 0: not a gzip member)"])
    }
}
