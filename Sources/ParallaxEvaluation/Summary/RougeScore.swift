import Parallax
/// Recall, precision and F-measure of one ROUGE variant.
package struct RougeScore: Hashable, Sendable {
    package let recall: Double
    package let precision: Double
    /// 2PR/(P+R), or 0 when both are 0.
    package let f: Double

    package init(recall: Double, precision: Double, f: Double) {
        self.recall = recall
        self.precision = precision
        self.f = f
    }

    /// From a clipped overlap and the two totals, as rouge-score computes it.
    package init(overlap: Int, candidateCount: Int, referenceCount: Int) {
        let precision = Double(overlap) / Double(max(candidateCount, 1))
        let recall = Double(overlap) / Double(max(referenceCount, 1))
        self.init(recall: recall, precision: precision, f: precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    package static let zero = RougeScore(recall: 0, precision: 0, f: 0)

    /// The mean of each field.
    package static func mean(_ scores: [RougeScore]) -> RougeScore {
        guard !scores.isEmpty else { return .zero }
        let count = Double(scores.count)
        return RougeScore(
            recall: scores.reduce(0) { $0 + $1.recall } / count,
            precision: scores.reduce(0) { $0 + $1.precision } / count,
            f: scores.reduce(0) { $0 + $1.f } / count
        )
    }
}
