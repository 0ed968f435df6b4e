import Foundation
import GRDB
import Parallax
import ParallaxStore
import Testing

@Suite("Store story splits")
struct StoreSplitTests {
    /// Two earthquakes streamed alternately: one opening sentence for both, then each its own place and words,
    /// so the second event's first article joins the first event's story until enough of each arrive to split it.
    private static func articles(perEvent: Int) -> [(event: Int, article: Article)] {
        let events = [
            ("Kelmora", ["tsunami", "coast", "harbour", "fishermen", "boats", "waves", "piers", "lighthouse", "ferries", "beaches"]),
            ("Pashtuna", ["landslide", "mountain", "village", "miners", "tunnel", "slopes", "quarry", "terraces", "goats", "pasture"]),
        ]
        return (0..<perEvent).flatMap { variant in
            events.enumerated().map { event, entry in
                let (place, words) = entry
                let local = (0..<6).map { words[(variant + $0) % words.count] }
                let text = """
                    A strong earthquake struck overnight, killing dozens of people and injuring hundreds more as buildings \
                    collapsed. In \(place) the \(local[0]) and the \(local[1]) were hit hardest.

                    Officials said the \(local[2]) near the \(local[3]) was lost, and the \(local[4]) by the \(local[5]) was \
                    closed. \(place) asked for help.
                    """
                let id = ArticleID("e\(event)-\(variant)")
                return (event, Article(
                    id: id, origin: "/tmp/\(id.rawValue)", text: text,
                    metadata: ArticleMetadata(title: "\(place) report \(variant)", published: CalendarDate(year: 2024, month: 4, day: 1 + variant))))
            }
        }
    }

    /// Each stored article's story id.
    private static func storyOfArticle(_ store: SQLiteArticleStore) throws -> [String: String] {
        try store.reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT assignment.articleID, story.id FROM assignment JOIN story ON story.position = assignment.story"
            ).map { ($0[0] as String, $0[1] as String) })
        }
    }

    @Test("a split moves the stored articles of the second event to a new story named after its first article")
    func split() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let stream = Self.articles(perEvent: 8)
        var ingester = try StoreIngester(store: try temporary.open())
        let outcomes = try TemporaryStore.ingest(stream.map(\.article), into: &ingester)
        #expect(outcomes.count == 16)
        // The second event's first article joined the first event's story; the split then gave it its own.
        #expect(outcomes[1].story == outcomes[0].story && !outcomes[1].startedStory)
        #expect(outcomes.last!.story != outcomes[0].story)

        let store = try temporary.open()
        let storyOf = try Self.storyOfArticle(store)
        for (event, article) in stream {
            #expect(storyOf[article.id.rawValue] == (event == 0 ? outcomes[0].story : outcomes.last!.story).rawValue)
        }
        let live = try store.stories()
        #expect(live.map(\.articles) == [8, 8])
        // Named after its first article, headed by its latest representative title, as its brief is.
        #expect(live.first { $0.id == outcomes.last!.story }?.headline == "Pashtuna report 7")
        let story = try #require(try store.story(outcomes.last!.story))
        #expect(story.articles.map(\.id.rawValue).sorted() == stream.filter { $0.event == 1 }.map(\.article.id.rawValue).sorted())

        // Reopening from the snapshot and by a full replay both agree with the stored split.
        try ingester.saveIndexSnapshot()
        var resumed = try StoreIngester(store: try temporary.open())
        #expect(resumed.resumedFromSnapshot)
        #expect(try TemporaryStore.ingest(stream.map(\.article), into: &resumed).isEmpty)
        try DatabaseQueue(path: temporary.path).write { db in try db.execute(sql: "DELETE FROM indexSnapshot") }
        let replayed = try StoreIngester(store: try temporary.open())
        #expect(!replayed.resumedFromSnapshot && replayed.articleCount == 16)
    }

    @Test("a split that happens after reopening gives the same stories as one run")
    func splitAfterReopen() throws {
        let oneRun = try TemporaryStore()
        let twoRuns = try TemporaryStore()
        defer { oneRun.remove(); twoRuns.remove() }
        let articles = Self.articles(perEvent: 8).map(\.article)
        var single = try StoreIngester(store: try oneRun.open())
        let expected = try TemporaryStore.ingest(articles, into: &single)
        var first = try StoreIngester(store: try twoRuns.open())
        var got = try TemporaryStore.ingest(Array(articles.prefix(7)), into: &first)
        var second = try StoreIngester(store: try twoRuns.open())
        got += try TemporaryStore.ingest(Array(articles.dropFirst(7)), into: &second)
        #expect(got == expected)
        #expect(try Self.storyOfArticle(oneRun.open()) == Self.storyOfArticle(twoRuns.open()))
        #expect(try oneRun.open().stories() == twoRuns.open().stories())
    }
}
