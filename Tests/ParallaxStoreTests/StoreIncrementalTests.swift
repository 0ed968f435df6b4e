import Foundation
import Parallax
import ParallaxStore
import Testing

@Suite("Store incremental story assignment")
struct StoreIncrementalTests {
    private static let firstBatch = (0..<4).flatMap { topic in (0..<4).map { SyntheticNews.article(topic: topic, variant: $0) } }

    @Test("articles of one topic share a story, different topics do not")
    func topicsCluster() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let outcomes = try TemporaryStore.ingest(Self.firstBatch, into: &ingester)
        let storyOfTopic = (0..<4).map { topic in Set(outcomes[(topic * 4)..<(topic * 4 + 4)].map(\.story)) }
        #expect(storyOfTopic.allSatisfy { $0.count == 1 })
        #expect(Set(storyOfTopic.flatMap { $0 }).count == 4)
        #expect(outcomes.filter(\.startedStory).count == 4)
    }

    @Test("after reopening, a new article joins its stored story and an unrelated one starts a story")
    func joinsAfterReopen() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        let outcomes = try TemporaryStore.ingest(Self.firstBatch, into: &ingester)
        var reopened = try StoreIngester(store: try temporary.open())
        #expect(reopened.articleCount == Self.firstBatch.count)
        let later = try TemporaryStore.ingest(
            [SyntheticNews.article(topic: 1, variant: 7), SyntheticNews.article(topic: 11, variant: 0)], into: &reopened)
        #expect(later[0].story == outcomes[4].story)
        #expect(!later[0].startedStory)
        #expect(later[1].startedStory)
        #expect(!outcomes.map(\.story).contains(later[1].story))
        let story = try #require(try temporary.open().story(outcomes[4].story))
        #expect(story.articles.count == 5)
    }

    @Test("ingesting in two sessions gives the same stories as one session (the index replays exactly)")
    func sessionsMatchOneRun() throws {
        let articles = Self.firstBatch + (4..<7).flatMap { topic in (0..<3).map { SyntheticNews.article(topic: topic, variant: $0 + 5) } }
        let oneRun = try TemporaryStore()
        let twoRuns = try TemporaryStore()
        defer { oneRun.remove(); twoRuns.remove() }
        var single = try StoreIngester(store: try oneRun.open())
        let expected = try TemporaryStore.ingest(articles, into: &single)
        var first = try StoreIngester(store: try twoRuns.open())
        var got = try TemporaryStore.ingest(Array(articles.prefix(11)), into: &first)
        var second = try StoreIngester(store: try twoRuns.open())
        got += try TemporaryStore.ingest(Array(articles.dropFirst(11)), into: &second)
        #expect(got == expected)
        #expect(try oneRun.open().stories() == twoRuns.open().stories())
    }

    @Test("a store built with another clustering configuration is refused")
    func otherConfiguration() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        _ = try StoreIngester(store: try temporary.open())
        var configuration = StoryClusterer.Configuration.default
        configuration.assignmentThreshold = 0.5
        configuration.copies.lanes = 64
        let error = #expect(throws: StoreError.self) { try StoreIngester(store: try temporary.open(), configuration: configuration) }
        #expect(error?.reason == "the store was built with other clustering settings (assignmentThreshold is 0.5 here, "
            + "0.3 there; copies.lanes is 64 here, 128 there); use a new store, or the store's settings")
        _ = try StoreIngester(store: try temporary.open())
    }

    @Test("a store whose settings an older build recorded is refused with what to do")
    func settingsOfAnOlderBuild() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        _ = try temporary.open().setting("clustering", recordingIfAbsent: String(describing: StoryClusterer.Configuration.default))
        let error = #expect(throws: StoreError.self) { try StoreIngester(store: try temporary.open()) }
        #expect(error?.reason.hasSuffix("ingest its articles again into a new store") == true)
    }

    @Test("two ingesters on one store take turns and give the stories of one sequential ingest")
    func concurrentWriters() throws {
        let articles = Self.firstBatch + (4..<6).flatMap { topic in (0..<3).map { SyntheticNews.article(topic: topic, variant: $0 + 5) } }
        let shared = try TemporaryStore()
        let sequential = try TemporaryStore()
        defer { shared.remove(); sequential.remove() }
        var single = try StoreIngester(store: try sequential.open())
        let expected = try TemporaryStore.ingest(articles, into: &single)
        // Both open the empty store, then alternate: each must first replay what the other stored.
        var even = try StoreIngester(store: try shared.open())
        var odd = try StoreIngester(store: try shared.open())
        var got: [IngestOutcome] = []
        for (position, article) in articles.enumerated() {
            if position.isMultiple(of: 2) {
                got += try TemporaryStore.ingest([article], into: &even)
            } else {
                got += try TemporaryStore.ingest([article], into: &odd)
            }
        }
        #expect(got == expected)
        #expect(even.articleCount == articles.count - 1)
        #expect(try shared.open().stories() == sequential.open().stories())
        // A third ingester opened now replays the interleaved store without complaint.
        #expect(try StoreIngester(store: try shared.open()).articleCount == articles.count)
    }
}
