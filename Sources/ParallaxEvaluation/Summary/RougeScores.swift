import Parallax
/// ROUGE-1, ROUGE-2 and ROUGE-SU4 of one summary (or a mean of several).
package struct RougeScores: Hashable, Sendable {
    package let rouge1: RougeScore
    package let rouge2: RougeScore
    package let rougeSU4: RougeScore

    package init(rouge1: RougeScore, rouge2: RougeScore, rougeSU4: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeSU4 = rougeSU4
    }

    /// The mean of each variant and field (over references, then over topics).
    package static func mean(_ scores: [RougeScores]) -> RougeScores {
        RougeScores(
            rouge1: .mean(scores.map(\.rouge1)),
            rouge2: .mean(scores.map(\.rouge2)),
            rougeSU4: .mean(scores.map(\.rougeSU4))
        )
    }
}
