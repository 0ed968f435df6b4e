import Foundation
import Parallax
import ParallaxStore
import Testing

@Suite("Store stories(since:)")
struct StoreStoriesTests {
    @Test("stories list counts and first and last seen, latest first, and filter by date")
    func listing() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        // Topic 0: 2024-03-01, 2024-04-02, 2024-05-03 from three outlets; topic 1: 2024-03-01 only.
        var articles = (0..<3).map { SyntheticNews.article(topic: 0, variant: $0) }
        articles.append(SyntheticNews.article(topic: 1, variant: 0))
        let outcomes = try TemporaryStore.ingest(articles, into: &ingester)
        let store = try temporary.open()

        let all = try store.stories()
        #expect(all.map(\.id) == [outcomes[0].story, outcomes[3].story])
        #expect(all[0].articles == 3)
        #expect(all[0].sources == 3)
        #expect(all[0].firstSeen == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(all[0].lastSeen == CalendarDate(year: 2024, month: 5, day: 3))
        // The list heads a story as its brief does: the latest of its most representative titles.
        #expect(all[0].headline == articles[2].metadata.title)
        let briefed = Pipeline().brief(try #require(try store.story(all[0].id))).brief
        #expect(all[0].headline == briefed.headline)
        #expect(all[1].articles == 1)

        let recent = try store.stories(since: CalendarDate(year: 2024, month: 4, day: 1))
        #expect(recent.map(\.id) == [outcomes[0].story])
        #expect(try store.stories(since: CalendarDate(year: 2025)).isEmpty)
    }

    @Test("an undated article is seen on the day it was ingested")
    func undated() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let dated = SyntheticNews.article(topic: 2, variant: 0)
        let undated = Article(id: ArticleID("undated.txt"), origin: "/tmp/undated.txt", text: dated.text, metadata: ArticleMetadata())
        try TemporaryStore.ingest([undated], into: &ingester, at: Date(timeIntervalSince1970: 1_718_000_000))
        let stories = try temporary.open().stories()
        #expect(stories.count == 1)
        #expect(stories[0].firstSeen == CalendarDate(year: 2024, month: 6, day: 10))
        #expect(stories[0].headline.hasPrefix(SyntheticNews.name(2 * 5 + 1 + 256)))
    }
}
