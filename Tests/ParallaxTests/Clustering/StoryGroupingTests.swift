import Testing
@testable import Parallax

@Suite struct StoryGroupingTests {
    static let scored: [(story: Int, similarity: Double)] = [(4, 0.3), (2, 0.5), (7, 0.1), (9, 0.5)]
    /// The threshold alone: nothing stands out.
    static let thresholdOnly = StoryGrouping(threshold: 0.25, contrast: 0)

    @Test func linksTheMostSimilarStoriesAboveTheThreshold() {
        var grouping = Self.thresholdOnly
        grouping.neighbors = 1
        #expect(grouping.links(Self.scored) == [2])
        grouping.neighbors = 2
        #expect(grouping.links(Self.scored) == [2, 9])
    }

    @Test func zeroNeighborsLinksEveryStoryAboveTheThreshold() {
        var grouping = Self.thresholdOnly
        grouping.neighbors = 0
        #expect(grouping.links(Self.scored) == [2, 9, 4])
        grouping.threshold = 0.6
        #expect(grouping.links(Self.scored).isEmpty)
    }

    @Test func aNearestStoryBelowTheThresholdLinksWhenItStandsOutFromTheRest() {
        let grouping = StoryGrouping(threshold: 0.25, floor: 0.15, contrast: 1.5, background: 3, neighbors: 1)
        // 0.18 against a background of (0.1 + 0.08 + 0.06) / 3 = 0.08: more than 1.5 times.
        #expect(grouping.links([(5, 0.1), (3, 0.18), (8, 0.08), (6, 0.06)]) == [3])
        // 0.18 against (0.15 + 0.14 + 0.13) / 3 = 0.14: a crowded neighbourhood, nothing stands out.
        #expect(grouping.links([(5, 0.15), (3, 0.18), (8, 0.14), (6, 0.13)]).isEmpty)
        // Stories missing from the candidates count as 0: one other at 0.1 makes a background of 0.1 / 3.
        #expect(grouping.links([(3, 0.18), (5, 0.1)]) == [3])
        // Below the floor nothing links, however far the rest.
        #expect(grouping.links([(3, 0.12), (5, 0.01)]).isEmpty)
    }

    @Test func theThresholdLinksWhateverTheBackground() {
        let grouping = StoryGrouping(threshold: 0.25, floor: 0.15, contrast: 1.5, background: 3, neighbors: 1)
        #expect(grouping.links([(3, 0.3), (5, 0.29), (8, 0.28), (6, 0.27)]) == [3])
    }
}
