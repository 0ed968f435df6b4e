import Testing
@testable import Parallax

/// A snapshot restores an index that goes on exactly as the original, and anything damaged is refused.
@Suite struct StoryIndexSnapshotTests {
    /// A seeded stream over a dozen topics with shared common words, so stories grow, merge and share postings.
    private static func stream(_ count: Int, seed: UInt64) -> [ArticleFeatures] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { n in
            let topic = next() % 12
            var terms: [String: Double] = [:], entities = Set<String>()
            for _ in 0..<12 { terms["t\(topic)w\(next() % 20)"] = Double(1 + next() % 3) }
            for _ in 0..<3 {
                let name = "n\(topic)x\(next() % 4)"
                terms[name] = 2
                entities.insert(name)
            }
            for _ in 0..<5 { terms["c\(next() % 60)"] = 1 }
            return ArticleFeatures(id: ArticleID("a\(seed)-\(n)"), published: nil, terms: terms, entities: entities)
        }
    }

    private static func built(_ count: Int, configuration: StoryClusterer.Configuration = .default) -> StoryIndex {
        var index = StoryIndex(configuration: configuration)
        for article in stream(count, seed: 7) { _ = index.add(article) }
        return index
    }

    @Test func aDecodedIndexAssignsTheNextArticlesAsTheOriginalDoes() throws {
        var configuration = StoryClusterer.Configuration.default
        configuration.postingLimit = 3
        var original = Self.built(300, configuration: configuration)
        let bytes = StoryIndexSnapshot.encode(original)
        var decoded = try #require(StoryIndexSnapshot.decode(bytes, configuration: configuration))
        #expect(decoded.documentCount == 300 && decoded.stories == original.stories && decoded.mergedInto == original.mergedInto)
        #expect(StoryIndexSnapshot.encode(decoded) == bytes)
        let later = Self.stream(200, seed: 8)
        #expect(later.map { original.add($0) } == later.map { decoded.add($0) })
        #expect(decoded.stories == original.stories)
        #expect(original.stories.count > 12 && original.mergedInto.enumerated().contains { $0.element != $0.offset })
    }

    @Test func aDamagedTruncatedOrForeignSnapshotIsRefused() {
        let index = Self.built(120)
        let bytes = StoryIndexSnapshot.encode(index)
        #expect(StoryIndexSnapshot.decode(bytes, configuration: .default) != nil)
        #expect(StoryIndexSnapshot.decode([], configuration: .default) == nil)
        #expect(StoryIndexSnapshot.decode(Array(bytes.dropLast(9)), configuration: .default) == nil)
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            var damaged = bytes
            damaged[position] ^= 0x10
            #expect(StoryIndexSnapshot.decode(damaged, configuration: .default) == nil)
        }
        var other = StoryClusterer.Configuration.default
        other.centroidTerms = 64
        #expect(StoryIndexSnapshot.decode(bytes, configuration: other) == nil)
    }

    @Test func anEmptyIndexRoundTrips() throws {
        let decoded = try #require(StoryIndexSnapshot.decode(StoryIndexSnapshot.encode(StoryIndex()), configuration: .default))
        #expect(decoded.documentCount == 0 && decoded.stories.isEmpty)
    }
}
