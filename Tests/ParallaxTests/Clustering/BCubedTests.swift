import Testing
@testable import Parallax
@testable import ParallaxEvaluation

@Suite struct BCubedTests {
    @Test func perfectClusteringScoresOne() {
        let score = BCubed(predicted: ["a": 1, "b": 1, "c": 2], gold: ["a": "x", "b": "x", "c": "y"])
        #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
    }

    @Test func handComputedExample() {
        // Predicted {a,b,c} {d}; gold {a,b} {c,d}.
        // Precision: a 2/3, b 2/3, c 1/3, d 1 → 8/3 / 4 = 2/3. Recall: a 1, b 1, c 1/2, d 1/2 → 3/4.
        let score = BCubed(predicted: ["a": 1, "b": 1, "c": 1, "d": 2], gold: ["a": 1, "b": 1, "c": 2, "d": 2])
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-12)
        #expect(abs(score.recall - 0.75) < 1e-12)
        #expect(abs(score.f1 - 2 * (2.0 / 3.0) * 0.75 / (2.0 / 3.0 + 0.75)) < 1e-12)
    }

    @Test func singletonsHavePerfectPrecisionAndOneClusterPerfectRecall() {
        let gold = ["a": 1, "b": 1, "c": 1, "d": 2]
        let singletons = BCubed(predicted: ["a": 1, "b": 2, "c": 3, "d": 4], gold: gold)
        #expect(singletons.precision == 1)
        #expect(abs(singletons.recall - (1.0 / 3 * 3 + 1) / 4) < 1e-12)
        let one = BCubed(predicted: ["a": 0, "b": 0, "c": 0, "d": 0], gold: gold)
        #expect(one.recall == 1)
        #expect(abs(one.precision - (3.0 / 4 * 3 + 1.0 / 4) / 4) < 1e-12)
    }

    @Test func itemsMissingFromGoldAreIgnored() {
        let score = BCubed(predicted: ["a": 1, "z": 1], gold: ["a": 1])
        #expect(score.itemCount == 1)
        #expect(score.precision == 1)
    }
}
