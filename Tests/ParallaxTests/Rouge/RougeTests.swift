import Foundation
import Parallax
import ParallaxEvaluation
import Testing

@Suite("Rouge")
struct RougeTests {
    private let rouge = Rouge(configuration: .init(stems: true, wordLimit: nil))

    @Test func tokenizerKeepsLowercaseAlphanumericRunsAndStemsLongWords() {
        let tokens = RougeTokenizer(stems: true).tokens("The U.S. donors' pledges—$350 million—were DOUBLED; cats ran.")
        #expect(tokens == ["the", "u", "s", "donor", "pledg", "350", "million", "were", "doubl", "cat", "ran"])
    }

    @Test func wordLimitCutsWhitespaceWords() {
        let text = (0..<300).map { "w\($0)" }.joined(separator: " ")
        #expect(RougeTokenizer(stems: false, wordLimit: 250).tokens(text).count == 250)
        #expect(RougeTokenizer(stems: false, wordLimit: 250).tokens(text).last == "w249")
    }

    /// cand: the cat sat on the mat; ref: the cat lay on the mat.
    /// Unigrams 5/6 each way; bigrams (the cat, on the, the mat) 3/5; SU4: 15 skip-bigrams each, the 5 with
    /// "sat" miss, so (10 + 5) / (15 + 6).
    @Test func handComputedSentencePair() {
        let scores = rouge.score(candidate: "The cat sat on the mat.", reference: "The cat lay on the mat.")
        #expect(abs(scores.rouge1.precision - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge1.recall - 5.0 / 6) < 1e-12)
        #expect(abs(scores.rouge2.f - 3.0 / 5) < 1e-12)
        #expect(abs(scores.rougeSU4.f - 15.0 / 21) < 1e-12)
    }

    /// A skip-bigram may skip 4 words, not 5: (a, f) counts, (a, g) does not.
    @Test func skipGapOfFourCountsAndFiveDoesNot() {
        let four = rouge.score(candidate: "a b c d e f", reference: "a f")
        #expect(abs(four.rougeSU4.precision - 3.0 / 21) < 1e-12)  // 2 unigrams + (a,f) of 6 + 15
        #expect(abs(four.rougeSU4.recall - 1) < 1e-12)
        let five = rouge.score(candidate: "a b c d e f g", reference: "a g")
        #expect(abs(five.rougeSU4.precision - 2.0 / 27) < 1e-12)  // 2 unigrams of 7 + 20
        #expect(abs(five.rougeSU4.recall - 2.0 / 3) < 1e-12)
    }

    @Test func clipsRepeatedGramsAndAveragesReferences() {
        let clipped = rouge.score(candidate: "the the the the", reference: "the cat")
        #expect(abs(clipped.rouge1.precision - 1.0 / 4) < 1e-12)
        #expect(abs(clipped.rouge1.recall - 1.0 / 2) < 1e-12)
        let averaged = rouge.score(candidate: "a b", references: ["a b", "c d"])
        #expect(abs(averaged.rouge1.f - 0.5) < 1e-12)
        #expect(rouge.score(candidate: "", reference: "a b").rouge1 == .zero)
    }

    @Test(.enabled(if: RougeBench.isAvailable, "needs ../shared/bench/summarization/multiling2011-en (or $PARALLAX_SHARED)"))
    func equalsRougeScoreOnModelSummaryPairs() throws {
        let root = try #require(RougeBench.root).appendingPathComponent("ModelSummaries")
        let fixture = try String(contentsOf: SharedData.fixture("Rouge/rouge_score_pairs.tsv"), encoding: .utf8)
        let rows = fixture.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count >= 20)
        for row in rows {
            let candidate = try String(contentsOf: root.appendingPathComponent(row[0]), encoding: .utf8)
            let reference = try String(contentsOf: root.appendingPathComponent(row[1]), encoding: .utf8)
            let scores = rouge.score(candidate: candidate, reference: reference)
            let expected = row[2...].map { Double($0)! }
            let actual = [
                scores.rouge1.precision, scores.rouge1.recall, scores.rouge1.f,
                scores.rouge2.precision, scores.rouge2.recall, scores.rouge2.f,
            ]
            for (value, want) in zip(actual, expected) {
                #expect(abs(value - want) < 1e-5, "\(row[0]) vs \(row[1]): \(value) ≠ \(want)")
            }
        }
    }
}
