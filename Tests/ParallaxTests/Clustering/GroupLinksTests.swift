import Testing
@testable import Parallax

@Suite struct GroupLinksTests {
    static let scored: [(story: Int, similarity: Double)] = [(4, 0.3), (2, 0.5), (7, 0.1), (9, 0.5)]

    @Test func linksTheMostSimilarStoriesAboveTheThreshold() {
        #expect(GroupLinks.strongest(Self.scored, threshold: 0.25, neighbors: 1) == [2])
        #expect(GroupLinks.strongest(Self.scored, threshold: 0.25, neighbors: 2) == [2, 9])
    }

    @Test func zeroNeighborsLinksEveryStoryAboveTheThreshold() {
        #expect(GroupLinks.strongest(Self.scored, threshold: 0.25, neighbors: 0) == [2, 9, 4])
        #expect(GroupLinks.strongest(Self.scored, threshold: 0.6, neighbors: 0).isEmpty)
    }
}
