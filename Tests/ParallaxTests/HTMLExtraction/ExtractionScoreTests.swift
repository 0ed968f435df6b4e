import Testing
@testable import Parallax
@testable import ParallaxEvaluation

@Suite("ExtractionScore")
struct ExtractionScoreTests {
    @Test("segments match as substrings after collapsing whitespace")
    func matchesAfterCollapsingWhitespace() {
        let output = "The bridge\n\nreopened   on Tuesday.\u{00A0}Shops were glad."
        let score = ExtractionScore.score(
            output: output,
            with: ["bridge reopened on", "Tuesday. Shops", "tunnel"],
            without: ["Share on X", "glad."]
        )
        #expect(score.truePositives == 2)
        #expect(score.falseNegatives == 1)
        #expect(score.falsePositives == 1)
        #expect(score.trueNegatives == 1)
    }

    @Test("precision, recall, accuracy and F follow the published formulas")
    func figures() {
        var score = ExtractionScore()
        score.truePositives = 8
        score.falsePositives = 2
        score.trueNegatives = 6
        score.falseNegatives = 4
        #expect(score.precision == 0.8)
        #expect(abs(score.recall - 8.0 / 12.0) < 1e-12)
        #expect(abs(score.accuracy - 14.0 / 20.0) < 1e-12)
        #expect(abs(score.fScore - 2 * 0.8 * (8.0 / 12.0) / (0.8 + 8.0 / 12.0)) < 1e-12)
        #expect((score + score).truePositives == 16)
    }
}
