import Testing
@testable import Parallax

/// Average-link grouping on hand-made similarities: no chaining, one statement per article, restatements.
@Suite struct AverageLinkGrouperTests {
    func group(_ articles: [Int], _ similarities: [(Int, Int, Double)]) -> AverageLinkGrouper.Result {
        let value = Dictionary(uniqueKeysWithValues: similarities.map { ([min($0.0, $0.1), max($0.0, $0.1)], $0.2) })
        return AverageLinkGrouper(threshold: 0.3).group(articles: articles, pairs: similarities.map { ($0.0, $0.1) }) { i, j in
            value[[min(i, j), max(i, j)]] ?? 0
        }
    }

    @Test func closePairsMergeAndOneLoosePairDoesNotChain() {
        // 0–1 and 1–2 are close, 0–2 is not: the mean of {0,1} with 2 is (0.0 + 0.5) / 2 = 0.25, below 0.3.
        let result = group([0, 1, 2, 3], [(0, 1, 0.9), (1, 2, 0.5), (2, 3, 0.2)])
        #expect(result.groups == [[0, 1], [2], [3]])
        #expect(result.restatements.isEmpty)
    }

    @Test func aGroupKeepsOneStatementPerArticleAndSetsTheOtherAside() {
        // Items 1 and 2 are both from article 1; 1 is closer to item 0 and stays, 2 is a restatement.
        let result = group([0, 1, 1, 2], [(0, 1, 0.9), (0, 2, 0.6), (1, 3, 0.8), (0, 3, 0.7), (2, 3, 0.5)])
        #expect(result.groups == [[0, 1, 3]])
        #expect(result.restatements == [2])
    }

    @Test func itemsWithNoClosePairStayAlone() {
        let result = group([0, 1, 2], [(0, 1, 0.1)])
        #expect(result.groups == [[0], [1], [2]])
    }
}
