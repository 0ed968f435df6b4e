import Testing
@testable import Parallax

@Suite struct JSONLinesReaderTests {
    let reader = JSONLinesReader()

    @Test func readsTextAndHTMLArticlesWithMetadata() {
        let input = """
        {"id": "a1", "text": "Body one.", "title": "One", "publisher": "The Courier", "url": "https://x.test/1", "published": "2025-03-11T08:00:00Z"}

        {"html": "<p>Body two.</p>", "published": "Tue, 11 Mar 2025 10:00:00 GMT", "author": "Ana Ruiz"}
        """
        let (documents, diagnostics) = reader.read(Array(input.utf8), origin: "feeds/news.jsonl")
        #expect(diagnostics.isEmpty)
        #expect(documents.count == 2)
        let first = documents[0]
        #expect(first.id == ArticleID("a1"))
        #expect(first.format == .plainText)
        #expect(first.line == 1)
        #expect(first.bytes == Array("Body one.".utf8))
        #expect(first.declared.title == "One")
        #expect(first.declared.publisher == "The Courier")
        #expect(first.declared.url == "https://x.test/1")
        #expect(first.declared.published == CalendarDate(year: 2025, month: 3, day: 11))
        let second = documents[1]
        #expect(second.id == ArticleID("news.jsonl#3"))
        #expect(second.format == .html)
        #expect(second.line == 3)
        #expect(second.declared.published == CalendarDate(year: 2025, month: 3, day: 11))
        #expect(second.declared.authors == ["Ana Ruiz"])
    }

    @Test func reportsBadLinesWithNumbersAndKeepsTheRest() {
        let input = """
        {"text": "Good one."}
        {not json
        [1, 2]
        {"url": "https://x.test/no-body"}
        {"text": "   "}
        {"text": "Good two.", "id": 1}
        """
        let (documents, diagnostics) = reader.read(Array(input.utf8), origin: "bad.jsonl")
        #expect(documents.map(\.id.rawValue) == ["bad.jsonl#1", "1"])
        #expect(diagnostics.map(\.line) == [2, 3, 4, 5])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.origin == "bad.jsonl" })
        #expect(diagnostics[0].message == "invalid JSON")
        #expect(diagnostics[1].message == "not a JSON object")
        #expect(diagnostics[2].message.contains("neither"))
        #expect(diagnostics[3].message.contains("empty"))
    }

    @Test func aRecordWithATitleAndNoBodyIsAHeadlineArticle() {
        let input = #"{"id": "h1", "title": "Dam  breaks above Quarnby", "text": ""}"# + "\n" + #"{"id": "h2", "title": "Flood warning"}"#
        let (documents, diagnostics) = reader.read(Array(input.utf8), origin: "headlines.jsonl")
        #expect(diagnostics.isEmpty)
        #expect(documents.map(\.id.rawValue) == ["h1", "h2"])
        let article = ArticleExtractor().extract(documents[0])
        #expect(article.text == "Dam breaks above Quarnby")
        #expect(article.metadata.title == "Dam  breaks above Quarnby")
        #expect(article.diagnostics.map(\.severity) == [.warning])
        #expect(article.diagnostics.first?.message == "no body text: read the title as the article")
        #expect(article.diagnostics.first?.line == 1)
    }

    @Test func warnsOnUnreadableDateButKeepsTheArticle() {
        let (documents, diagnostics) = reader.read(Array(#"{"text": "Body.", "published": "soon"}"#.utf8), origin: "f.jsonl")
        #expect(documents.count == 1)
        #expect(documents.first?.declared.published == nil)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.line == 1)
    }

    @Test func handlesCRLFAndByteOrderMark() {
        let input = [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"A.\"}\r\n{\"text\": \"B.\"}\r\n".utf8)
        let (documents, diagnostics) = reader.read(input, origin: "w.jsonl")
        #expect(diagnostics.isEmpty)
        #expect(documents.map(\.line) == [1, 2])
    }
}
