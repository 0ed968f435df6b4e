import Foundation
import Parallax
import ParallaxStore
import Testing

@Suite("Store idempotent re-ingest")
struct StoreIdempotenceTests {
    @Test("the same article ingested twice, in one run or two, is stored once")
    func sameArticleTwice() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let article = SyntheticNews.article(topic: 3, variant: 2)
        var ingester = try StoreIngester(store: try temporary.open())
        #expect(try TemporaryStore.ingest([article, article], into: &ingester).count == 1)
        var reopened = try StoreIngester(store: try temporary.open())
        guard case .stored(let id) = try reopened.admit(article) else {
            Issue.record("a stored article was admitted again")
            return
        }
        #expect(id == article.id)
        #expect(try TemporaryStore.ingest([article], into: &reopened).isEmpty)
        #expect(try temporary.open().articleCount() == 1)
    }

    @Test("changed whitespace and letter case are the same text")
    func normalizedText() throws {
        let text = SyntheticNews.text(topic: 1, variant: 1)
        let reflowed = text.replacingOccurrences(of: " ", with: "  \n").uppercased()
        #expect(ContentHash.of(text) == ContentHash.of(reflowed))
        #expect(ContentHash.of(text) != ContentHash.of(text + " More."))
        #expect(ContentHash.of(text).utf8.count == 16)
    }

    @Test("another text under a stored id is kept as a new article with a suffixed id")
    func sameIDOtherText() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let first = SyntheticNews.article(topic: 5, variant: 0, id: "same.txt")
        let second = SyntheticNews.article(topic: 6, variant: 0, id: "same.txt")
        let outcomes = try TemporaryStore.ingest([first, second], into: &ingester)
        #expect(outcomes.map(\.article.rawValue) == ["same.txt", "same.txt@" + ContentHash.of(second.text).prefix(8)])
        #expect(try TemporaryStore.ingest([first, second], into: &ingester).isEmpty)
        #expect(try temporary.open().articleCount() == 2)
    }
}
