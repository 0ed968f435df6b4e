import Foundation
import GRDB
import Parallax
import ParallaxStore
import Testing

@Suite("Store round trip")
struct StoreRoundTripTests {
    @Test("a stored story gives back its articles with the same text, metadata, tokens, sentences and analysis")
    func roundTrip() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let articles = (0..<3).map { SyntheticNews.article(topic: 4, variant: $0) }
        let outcomes = try TemporaryStore.ingest(articles, into: &ingester)
        #expect(Set(outcomes.map(\.story)).count == 1)

        let story = try #require(try temporary.open().story(outcomes[0].story))
        #expect(story.id == outcomes[0].story)
        #expect(story.articles.map(\.id) == articles.map(\.id), "by publication date, then id")
        for (stored, original) in zip(story.articles, articles.map { ArticleAnalyzer().analyze($0) }) {
            #expect(stored.article.text == original.article.text)
            #expect(stored.article.metadata == original.article.metadata)
            #expect(stored.article.origin == original.article.origin)
            #expect(stored.article.wires == original.article.wires)
            #expect(stored.tokens == original.tokens)
            #expect(stored.sentences == original.sentences)
            #expect(stored.entities == original.entities)
            #expect(stored.quotes == original.quotes)
            #expect(stored.numbers == original.numbers)
            #expect(stored.dates == original.dates)
            #expect(!stored.entities.isEmpty && !stored.quotes.isEmpty && !stored.numbers.isEmpty)
        }
    }

    @Test("a read takes the sentences stored at ingest, not a new split, and names a stored split that does not fit")
    func readsStoredSentences() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let article = SyntheticNews.article(topic: 4, variant: 0)
        let story = try TemporaryStore.ingest([article], into: &ingester)[0].story
        let length = article.text.utf8.count
        let tokens = Tokenizer().tokenize(article.text).count
        #expect(ArticleAnalyzer().analyze(article).sentences.count > 1)

        // One sentence over the whole text, as a splitter with other settings might have stored it.
        let store = try temporary.open()
        try DatabaseQueue(path: temporary.path).write { db in
            try db.execute(sql: "UPDATE analysis SET sentences = ?", arguments: ["[[0,\(length),0,\(tokens),0]]"])
        }
        let read = try #require(try store.story(story)).articles[0]
        #expect(read.sentences.map(\.span) == [TextSpan(article: article.id, start: 0, end: length)])
        #expect(read.sentences.map(\.tokens) == [0..<tokens])

        try DatabaseQueue(path: temporary.path).write { db in
            try db.execute(sql: "UPDATE analysis SET sentences = ?", arguments: ["[[0,\(length + 1),0,1,0]]"])
        }
        #expect {
            _ = try store.story(story)
        } throws: { error in
            "\(error)".contains("article \(article.id.rawValue) has a damaged row: column sentences: sentence 1")
        }
    }

    @Test("stored signatures give back the features clustering saw, names and numbers included, so a replay equals the live run")
    func signaturesKeepEntities() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let articles = (0..<3).map { SyntheticNews.article(topic: $0, variant: 0) }
        _ = try TemporaryStore.ingest(articles, into: &ingester)
        let live = articles.map { ArticleFeatures(ArticleAnalyzer().analyze($0)) }
        let stored = try temporary.open().signatures().map(\.features)
        #expect(stored.map(\.id) == live.map(\.id))
        for (replayed, original) in zip(stored, live) {
            #expect(replayed.terms == original.terms)
            #expect(replayed.entities == original.entities)
            #expect(!replayed.entities.isEmpty)
        }
    }

    @Test("an unknown story id gives nil")
    func unknownStory() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        #expect(try temporary.open().story(StoryID("s-0000000000000000")) == nil)
    }

    @Test("an exact copy under another name joins its original's story and is listed as a copy")
    func exactCopy() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let original = SyntheticNews.article(topic: 2, variant: 0)
        let copy = Article(id: ArticleID("mirror/copy.txt"), origin: "/tmp/mirror/copy.txt", text: original.text, metadata: original.metadata)
        let outcomes = try TemporaryStore.ingest([original, copy], into: &ingester)
        #expect(outcomes.count == 2)
        #expect(outcomes[0].story == outcomes[1].story)
        let story = try #require(try temporary.open().story(outcomes[0].story))
        #expect(story.copies.contains { $0.kind == .exact })
    }
}
