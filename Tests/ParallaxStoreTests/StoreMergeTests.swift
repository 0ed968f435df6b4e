import Foundation
import GRDB
import Parallax
import ParallaxStore
import Testing

@Suite("Store story merges")
struct StoreMergeTests {
    /// Two stories with their own names, then articles naming both until the index merges the two.
    private static func articles() -> [Article] {
        let left = (0..<8).map { SyntheticNews.name(300 + $0) }
        let right = (0..<8).map { SyntheticNews.name(700 + $0) }
        func article(_ id: String, _ names: [String], day: Int) -> Article {
            let text = stride(from: 0, to: names.count - 1, by: 2).map { "\(names[$0]) met \(names[$0 + 1]) in the hall." }
                .joined(separator: " ")
            return Article(
                id: ArticleID(id), origin: "/tmp/\(id)", text: text,
                metadata: ArticleMetadata(title: id, published: CalendarDate(year: 2024, month: 5, day: day)))
        }
        var articles = [article("a-left", left, day: 1), article("b-right", right, day: 2)]
        for step in 0..<10 {
            // Distinct texts with the same words: the names rotate.
            let names = left + right
            articles.append(article("c-bridge\(step)", Array(names[step...] + names[..<step]), day: 3 + step))
        }
        return articles
    }

    @Test("stories that merge move their articles, keep their old id as a pointer, and replay after reopening")
    func merges() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        // Splits off: the merged story of left, right and the bridges would otherwise split again on its last article.
        var configuration = StoryClusterer.Configuration.default
        configuration.splitting = .off
        var ingester = try StoreIngester(store: try temporary.open(), configuration: configuration)
        let articles = Self.articles()
        let outcomes = try TemporaryStore.ingest(articles, into: &ingester)
        #expect(outcomes[0].story != outcomes[1].story)
        let mergedAt = try #require(outcomes.firstIndex { $0.mergedStories > 0 }, "no story merged")
        let kept = outcomes[mergedAt].story
        #expect([outcomes[0].story, outcomes[1].story].contains(kept))

        let store = try temporary.open()
        let live = try store.stories()
        #expect(live.map(\.articles).reduce(0, +) == articles.count)
        #expect(!live.map(\.id).contains(outcomes[0].story == kept ? outcomes[1].story : outcomes[0].story))
        let viaOldID = try #require(try store.story(outcomes[0].story == kept ? outcomes[1].story : outcomes[0].story))
        #expect(viaOldID.id == kept)
        #expect(viaOldID.articles.map(\.id).contains(ArticleID("a-left")))
        #expect(viaOldID.articles.map(\.id).contains(ArticleID("b-right")))

        // Reopening replays the index and checks it against the stored stories and assignments.
        var reopened = try StoreIngester(store: try temporary.open(), configuration: configuration)
        #expect(reopened.articleCount == articles.count)
        #expect(try TemporaryStore.ingest(articles, into: &reopened).isEmpty)
    }

    @Test("a merge that happens after reopening gives the same stories as one run")
    func mergeAfterReopen() throws {
        let oneRun = try TemporaryStore()
        let twoRuns = try TemporaryStore()
        defer { oneRun.remove(); twoRuns.remove() }
        let articles = Self.articles()
        var single = try StoreIngester(store: try oneRun.open())
        let expected = try TemporaryStore.ingest(articles, into: &single)
        var first = try StoreIngester(store: try twoRuns.open())
        var got = try TemporaryStore.ingest(Array(articles.prefix(6)), into: &first)
        var second = try StoreIngester(store: try twoRuns.open())
        got += try TemporaryStore.ingest(Array(articles.dropFirst(6)), into: &second)
        #expect(got == expected)
        #expect(got.contains { $0.mergedStories > 0 })
        #expect(try oneRun.open().stories() == twoRuns.open().stories())
    }
}
