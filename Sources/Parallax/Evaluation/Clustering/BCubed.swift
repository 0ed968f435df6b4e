/// BCubed precision, recall and F1 of a predicted clustering against a gold one (Bagga & Baldwin 1998; Amigó et al. 2009).
///
/// Per item: precision is the share of its predicted cluster that shares its gold cluster, recall the share of its
/// gold cluster that shares its predicted cluster; both are averaged over items.
public struct BCubed: Sendable, Hashable {
    public let precision: Double
    public let recall: Double
    /// How many items were scored (those in both clusterings).
    public let itemCount: Int

    public init(precision: Double, recall: Double, itemCount: Int) {
        self.precision = precision
        self.recall = recall
        self.itemCount = itemCount
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Scores the items present in both maps (item → cluster label); items in only one are ignored.
    public init<Item: Hashable, Predicted: Hashable, Gold: Hashable>(predicted: [Item: Predicted], gold: [Item: Gold]) {
        var predictedSize: [Predicted: Int] = [:]
        var goldSize: [Gold: Int] = [:]
        var overlap: [Pair<Predicted, Gold>: Int] = [:]
        var count = 0
        for (item, cluster) in predicted {
            guard let label = gold[item] else { continue }
            predictedSize[cluster, default: 0] += 1
            goldSize[label, default: 0] += 1
            overlap[Pair(predicted: cluster, gold: label), default: 0] += 1
            count += 1
        }
        guard count > 0 else {
            self.init(precision: 0, recall: 0, itemCount: 0)
            return
        }
        // Each of the n items in a cell contributes n / |cluster|: summed over the cell that is n² / |cluster|.
        var precisionTerms: [Double] = [], recallTerms: [Double] = []
        for (pair, shared) in overlap {
            let n = Double(shared)
            precisionTerms.append(n * n / Double(predictedSize[pair.predicted]!))
            recallTerms.append(n * n / Double(goldSize[pair.gold]!))
        }
        // Summed in sorted order: dictionary order varies per process, and the last digits must not.
        let precisionSum = precisionTerms.sorted().reduce(0, +)
        let recallSum = recallTerms.sorted().reduce(0, +)
        self.init(precision: precisionSum / Double(count), recall: recallSum / Double(count), itemCount: count)
    }

    private struct Pair<P: Hashable, G: Hashable>: Hashable {
        let predicted: P
        let gold: G
    }
}
