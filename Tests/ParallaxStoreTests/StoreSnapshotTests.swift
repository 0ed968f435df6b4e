import Foundation
import GRDB
import Parallax
import ParallaxStore
import Testing

@Suite("Store index snapshot")
struct StoreSnapshotTests {
    private static func batch(_ topics: Range<Int>, variants: Range<Int>) -> [Article] {
        topics.flatMap { topic in variants.map { SyntheticNews.article(topic: topic, variant: $0) } }
    }

    @Test("a store resumed from its snapshot and the articles after it assigns new articles as a full replay does")
    func snapshotAndTailMatchFullReplay() throws {
        let withSnapshot = try TemporaryStore(), replayed = try TemporaryStore()
        defer { withSnapshot.remove(); replayed.remove() }
        let first = Self.batch(0..<5, variants: 0..<3), second = Self.batch(3..<8, variants: 3..<5)
        let third = Self.batch(0..<9, variants: 6..<8)
        do {
            var a = try StoreIngester(store: try withSnapshot.open()), b = try StoreIngester(store: try replayed.open())
            #expect(try TemporaryStore.ingest(first, into: &a) == TemporaryStore.ingest(first, into: &b))
            try a.saveIndexSnapshot()
            #expect(try TemporaryStore.ingest(second, into: &a) == TemporaryStore.ingest(second, into: &b))
        }
        var resumed = try StoreIngester(store: try withSnapshot.open())
        var full = try StoreIngester(store: try replayed.open())
        #expect(resumed.resumedFromSnapshot && resumed.replayedCount == second.count)
        #expect(!full.resumedFromSnapshot && full.replayedCount == first.count + second.count)
        #expect(resumed.articleCount == full.articleCount)
        let outcomes = try TemporaryStore.ingest(third, into: &resumed)
        #expect(outcomes == (try TemporaryStore.ingest(third, into: &full)))
        #expect(outcomes.contains { !$0.startedStory })
        #expect(try withSnapshot.open().stories() == replayed.open().stories())
    }

    @Test("a snapshot taken after the last article leaves nothing to replay")
    func upToDateSnapshot() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            var ingester = try StoreIngester(store: try temporary.open())
            try TemporaryStore.ingest(Self.batch(0..<3, variants: 0..<2), into: &ingester)
            try ingester.saveIndexSnapshot()
        }
        var reopened = try StoreIngester(store: try temporary.open())
        #expect(reopened.resumedFromSnapshot && reopened.replayedCount == 0 && reopened.articleCount == 6)
        // Its last sequence is the snapshot's, so writing goes on.
        let later = try TemporaryStore.ingest([SyntheticNews.article(topic: 1, variant: 9)], into: &reopened)
        #expect(later.count == 1 && !later[0].startedStory)
    }

    @Test("a snapshot is due once the articles after the last one reach the minimum and a quarter of the index")
    func snapshotDue() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open())
        #expect(!ingester.snapshotIsDue(minimum: 3))
        try TemporaryStore.ingest(Self.batch(0..<2, variants: 0..<2), into: &ingester)
        #expect(ingester.snapshotIsDue(minimum: 3) && !ingester.snapshotIsDue())
        try ingester.saveIndexSnapshot()
        #expect(!ingester.snapshotIsDue(minimum: 3))
        try TemporaryStore.ingest(Self.batch(2..<3, variants: 0..<2), into: &ingester)
        #expect(!ingester.snapshotIsDue(minimum: 3))
        try TemporaryStore.ingest([SyntheticNews.article(topic: 5, variant: 1)], into: &ingester)
        #expect(ingester.snapshotIsDue(minimum: 3))
        let reopened = try StoreIngester(store: try temporary.open())
        #expect(reopened.resumedFromSnapshot && reopened.replayedCount == 3 && reopened.snapshotIsDue(minimum: 3))
    }

    @Test("a damaged snapshot is ignored: the store replays every article and still opens")
    func damagedSnapshotFallsBack() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let articles = Self.batch(0..<4, variants: 0..<3)
        let expected: [IngestOutcome]
        do {
            var ingester = try StoreIngester(store: try temporary.open())
            expected = try TemporaryStore.ingest(articles, into: &ingester)
            try ingester.saveIndexSnapshot()
        }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try queue.write { db in
                var data = try #require(try Data.fetchOne(db, sql: "SELECT data FROM indexSnapshot"))
                data[data.count / 2] ^= 0x01
                try db.execute(sql: "UPDATE indexSnapshot SET data = ?", arguments: [data])
            }
        }
        var reopened = try StoreIngester(store: try temporary.open())
        #expect(!reopened.resumedFromSnapshot && reopened.replayedCount == articles.count)
        let later = try TemporaryStore.ingest([SyntheticNews.article(topic: 2, variant: 8)], into: &reopened)
        #expect(later.first?.story == expected[6].story)
    }

    @Test("a snapshot that does not cover the stored articles it claims is ignored")
    func inconsistentSnapshotFallsBack() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            var ingester = try StoreIngester(store: try temporary.open())
            try TemporaryStore.ingest(Self.batch(0..<3, variants: 0..<2), into: &ingester)
            try ingester.saveIndexSnapshot()
        }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try queue.write { db in try db.execute(sql: "UPDATE indexSnapshot SET sequence = sequence - 2") }
        }
        let reopened = try StoreIngester(store: try temporary.open())
        #expect(!reopened.resumedFromSnapshot && reopened.articleCount == 6)
    }
}
