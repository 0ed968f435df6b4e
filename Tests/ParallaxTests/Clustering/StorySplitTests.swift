import Testing
@testable import Parallax

/// A story that the stream filled with two events splits into one story per event; one event stays whole.
@Suite struct StorySplitTests {
    private static var off: StoryClusterer.Configuration {
        var configuration = StoryClusterer.Configuration.default
        configuration.splitting = .off
        return configuration
    }

    /// The event of each live story's members, by story.
    private static func events(of index: StoryIndex, _ stream: [(event: Int, article: AnalyzedArticle)]) -> [[Int]] {
        index.liveStories.map { story in index.stories[story].members.map { stream[Int($0)].event } }
    }

    @Test func withoutSplittingTheSecondEventJoinsTheFirstEventsStory() {
        let stream = TwoEventStream.articles(perEvent: 8)
        var index = StoryIndex(configuration: Self.off)
        for (_, article) in stream { _ = index.add(ArticleFeatures(article)) }
        #expect(Self.events(of: index, stream).map { Set($0) } == [[0, 1]])
    }

    @Test func aStoryOfTwoEventsSplitsIntoOnePerEvent() throws {
        let stream = TwoEventStream.articles(perEvent: 8)
        var index = StoryIndex()
        var splits: [StorySplit] = []
        var assigned: [Int] = []
        for (_, article) in stream {
            let assignment = index.add(ArticleFeatures(article))
            if let split = assignment.split { splits.append(split) }
            assigned.append(assignment.story)
        }
        let split = try #require(splits.first)
        #expect(splits.count == 1)
        #expect(split.from == 0 && split.story == 1)
        // The half without the story's first member moves: the second event's articles so far.
        #expect(split.members == stream.indices.filter { stream[$0].event == 1 && $0 <= 9 }.map(Int32.init))
        #expect(Self.events(of: index, stream) == [Array(repeating: 0, count: 8), Array(repeating: 1, count: 8)])
        // After the split each new article joins its own event's story.
        #expect(Array(assigned[10...]) == stream[10...].map(\.event))
    }

    @Test func oneEventStaysWhole() {
        let stream = TwoEventStream.articles(perEvent: 12).filter { $0.event == 0 }
        var index = StoryIndex()
        for (_, article) in stream { #expect(index.add(ArticleFeatures(article)).split == nil) }
        #expect(index.liveStoryCount == 1)
    }

    @Test func theSplitterNeedsLongArticlesAndFullHalves() {
        func sketches(isLong: Bool, sizes: (Int, Int)) -> [MemberSketch] {
            (0..<(sizes.0 + sizes.1)).map { member in
                let base: UInt32 = member < sizes.0 ? 10 : 20
                let terms = [CentroidTerm(term: 1, sum: 0.3)] + (0..<4).map { CentroidTerm(term: base + UInt32($0), sum: 0.5) }
                return MemberSketch(member: Int32(member), terms: terms, isLong: isLong)
            }
        }
        let splitter = StorySplitter(configuration: .default)
        // The larger set is the first half; the caller keeps whichever half holds the story's first member.
        let labels = splitter.split(sketches(isLong: true, sizes: (5, 6)), idf: { _ in 1 })
        #expect(labels == Array(repeating: true, count: 5) + Array(repeating: false, count: 6))
        #expect(splitter.split(sketches(isLong: false, sizes: (5, 6)), idf: { _ in 1 }) == nil)
        #expect(splitter.split(sketches(isLong: true, sizes: (4, 7)), idf: { _ in 1 }) == nil)
        #expect(StorySplitter(configuration: .off).split(sketches(isLong: true, sizes: (5, 6)), idf: { _ in 1 }) == nil)
    }

    @Test func aChainOfMembersStaysWholeThoughItsEndsShareNothing() {
        // Each member shares most of its terms with the next: the links run end to end, so the story is one set.
        let chain = (0..<12).map { member in
            MemberSketch(
                member: Int32(member), terms: (0..<4).map { CentroidTerm(term: UInt32(member + $0), sum: 0.5) }, isLong: true)
        }
        #expect(StorySplitter(configuration: .default).split(chain, idf: { _ in 1 }) == nil)
    }

    @Test func aSmallSetJoinsTheHalfItIsNearer() {
        func member(_ terms: [UInt32]) -> [CentroidTerm] { terms.map { CentroidTerm(term: $0, sum: 0.5) } }
        let first = (0..<5).map { _ in member([1, 10, 11, 12, 13]) }
        let second = (0..<5).map { _ in member([1, 20, 21, 22, 23]) }
        // Three members near each other, and nearer the second half (term 20) than the first (term 1 only).
        let small = (0..<3).map { _ in member([20, 30, 31, 32, 33]) }
        let sketches = (first + second + small).enumerated().map { MemberSketch(member: Int32($0.offset), terms: $0.element, isLong: true) }
        let labels = StorySplitter(configuration: .default).split(sketches, idf: { _ in 1 })
        #expect(labels == Array(repeating: false, count: 5) + Array(repeating: true, count: 8))
    }

    @Test func aSnapshotTakenBeforeTheSplitGoesOnAsTheOriginal() throws {
        let features = TwoEventStream.articles(perEvent: 10).map { ArticleFeatures($0.article) }
        var original = StoryIndex()
        for article in features.prefix(7) { _ = original.add(article) }
        var decoded = try #require(StoryIndexSnapshot.decode(StoryIndexSnapshot.encode(original), configuration: .default))
        #expect(StoryIndexSnapshot.encode(decoded) == StoryIndexSnapshot.encode(original))
        let rest = Array(features.dropFirst(7))
        let expected = rest.map { original.add($0) }
        #expect(expected.contains { $0.split != nil })
        #expect(rest.map { decoded.add($0) } == expected)
        #expect(StoryIndexSnapshot.encode(decoded) == StoryIndexSnapshot.encode(original))
    }

    @Test func theClustererListsOneStoryPerEvent() {
        let stream = TwoEventStream.articles(perEvent: 8)
        let stories = StoryClusterer().cluster(stream.map(\.article))
        let eventOf = Dictionary(uniqueKeysWithValues: stream.map { ($0.article.id, $0.event) })
        #expect(stories.map { Set($0.articles.map { eventOf[$0.id]! }) }.sorted { $0.first! < $1.first! } == [[0], [1]])
        #expect(stories.map(\.articles.count) == [8, 8])
    }
}
