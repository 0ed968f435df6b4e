import Testing
@testable import Parallax
@testable import ParallaxEvaluation

@Suite struct GoldClusterLossTests {
    @Test func handComputedExample() {
        // Predicted {a,b,c} {d}; gold x = {a,b}, y = {c,d}.
        // x: a and b have precision 2/3 and recall 1, so x loses 2 × 1/3 of precision; over 4 items, 1/6.
        // y: c has precision 1/3 and recall 1/2, d precision 1 and recall 1/2: y loses 2/3 of precision, 1 of recall.
        let losses = GoldClusterLoss.ranked(predicted: ["a": 1, "b": 1, "c": 1, "d": 2], gold: ["a": "x", "b": "x", "c": "y", "d": "y"])
        #expect(losses.map(\.gold) == ["y", "x"])
        let (y, x) = (losses[0], losses[1])
        #expect(abs(x.precisionLoss - 1.0 / 6) < 1e-12 && x.recallLoss == 0)
        #expect(abs(y.precisionLoss - 2.0 / 3 / 4) < 1e-12 && abs(y.recallLoss - 1.0 / 4) < 1e-12)
        #expect(x.spread == [2] && y.spread == [1, 1])
        #expect(x.sharedWith.map(\.gold) == ["y"] && x.sharedWith.map(\.items) == [1])
        #expect(y.sharedWith.map(\.gold) == ["x"] && y.sharedWith.map(\.items) == [2])
    }

    @Test func lossesAddUpToWhatTheScoreMisses() {
        var predicted: [Int: Int] = [:], gold: [Int: String] = [:]
        for item in 0 ..< 200 {
            predicted[item] = (item * 7919) % 13
            gold[item] = "g\((item * 104_729) % 9)"
        }
        let score = BCubed(predicted: predicted, gold: gold)
        let losses = GoldClusterLoss.ranked(predicted: predicted, gold: gold)
        #expect(losses.count == 9)
        #expect(abs(losses.reduce(0) { $0 + $1.precisionLoss } - (1 - score.precision)) < 1e-9)
        #expect(abs(losses.reduce(0) { $0 + $1.recallLoss } - (1 - score.recall)) < 1e-9)
        #expect(losses.reduce(0) { $0 + $1.itemCount } == 200)
        let totals = losses.map { $0.precisionLoss + $0.recallLoss }
        #expect(totals == totals.sorted(by: >))
    }

    @Test func aPerfectClusteringCostsNothing() {
        let losses = GoldClusterLoss.ranked(predicted: ["a": 1, "b": 1, "c": 2], gold: ["a": "x", "b": "x", "c": "y"])
        #expect(losses.allSatisfy { $0.precisionLoss == 0 && $0.recallLoss == 0 && $0.spread.count == 1 && $0.sharedWith.isEmpty })
        #expect(GoldClusterLoss<String>.ranked(predicted: [String: Int](), gold: [:]).isEmpty)
    }
}
