import Foundation
import GRDB
import Parallax
@testable import ParallaxStore
import Testing

@Suite("Store copies")
struct StoreCopyTests {
    @Test("an exact or near copy of a stored article is forced into its story, as the batch clusterer forces it")
    func copiesJoinTheirOriginalsStory() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let original = SyntheticNews.article(topic: 0, variant: 0)
        let other = SyntheticNews.article(topic: 3, variant: 0)
        let near = Article(
            id: ArticleID("near.txt"), origin: "/tmp/near.txt",
            text: original.text.replacingOccurrences(of: "Report number 1.", with: "Report number one."), metadata: original.metadata)
        let exact = Article(id: ArticleID("exact.txt"), origin: "/tmp/exact.txt", text: original.text.uppercased(), metadata: original.metadata)
        // What the batch clusterer sees: an exact copy (the same text up to case) and a near-duplicate of the original.
        let analyzer = ArticleAnalyzer()
        let kinds = CopyDetector().relations(among: [original, near, exact].map(analyzer.analyze))
            .filter { $0.original == original.id || $0.copy == original.id }.map(\.kind)
        #expect(kinds.sorted { "\($0)" < "\($1)" } == [.exact, .nearDuplicate])

        var ingester = try StoreIngester(store: try temporary.open())
        let outcomes = try TemporaryStore.ingest([original, other, near, exact], into: &ingester)
        #expect(outcomes.map(\.story) == [outcomes[0].story, outcomes[1].story, outcomes[0].story, outcomes[0].story])
        let assignments = try temporary.open().reader.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT articleID, story, forcedStory FROM assignment").map {
                ($0[0] as String, (story: $0[1] as Int, forced: $0[2] as Int?))
            })
        }
        let story = try #require(assignments[original.id.rawValue]?.story)
        #expect(assignments["near.txt"]?.forced == story)
        #expect(assignments["exact.txt"]?.forced == story)
        #expect(assignments[other.id.rawValue]?.forced == nil)
    }
}
