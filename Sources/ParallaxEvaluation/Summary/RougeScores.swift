import Parallax
/// ROUGE-1, ROUGE-2 and ROUGE-SU4 of one summary (or a mean of several).
public struct RougeScores: Hashable, Sendable {
    public let rouge1: RougeScore
    public let rouge2: RougeScore
    public let rougeSU4: RougeScore

    public init(rouge1: RougeScore, rouge2: RougeScore, rougeSU4: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeSU4 = rougeSU4
    }

    /// The mean of each variant and field (over references, then over topics).
    public static func mean(_ scores: [RougeScores]) -> RougeScores {
        RougeScores(
            rouge1: .mean(scores.map(\.rouge1)),
            rouge2: .mean(scores.map(\.rouge2)),
            rougeSU4: .mean(scores.map(\.rougeSU4))
        )
    }
}
