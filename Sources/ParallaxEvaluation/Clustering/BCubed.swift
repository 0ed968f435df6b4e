import Parallax
/// BCubed precision, recall and F1 of a predicted clustering against a gold one (Bagga & Baldwin 1998; Amigó et al. 2009).
///
/// Per item: precision is the share of its predicted cluster that shares its gold cluster, recall the share of its
/// gold cluster that shares its predicted cluster; both are averaged over items.
package struct BCubed: Sendable, Hashable {
    package let precision: Double
    package let recall: Double
    /// How many items were scored (those in both clusterings).
    package let itemCount: Int

    package init(precision: Double, recall: Double, itemCount: Int) {
        self.precision = precision
        self.recall = recall
        self.itemCount = itemCount
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    package var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Scores the items present in both maps (item → cluster label); items in only one are ignored.
    package init<Item: Hashable, Predicted: Hashable, Gold: Hashable>(predicted: [Item: Predicted], gold: [Item: Gold]) {
        let overlap = ClusterOverlap(predicted: predicted, gold: gold)
        guard overlap.itemCount > 0 else {
            self.init(precision: 0, recall: 0, itemCount: 0)
            return
        }
        // Each of the n items in a cell contributes n / |cluster|: summed over the cell that is n² / |cluster|.
        var precisionTerms: [Double] = [], recallTerms: [Double] = []
        for labels in overlap.cells.values {
            let size = Double(labels.values.reduce(0, +))
            for (label, shared) in labels {
                let n = Double(shared)
                precisionTerms.append(n * n / size)
                recallTerms.append(n * n / Double(overlap.goldSize[label]!))
            }
        }
        // Summed in sorted order: dictionary order varies per process, and the last digits must not.
        let precisionSum = precisionTerms.sorted().reduce(0, +)
        let recallSum = recallTerms.sorted().reduce(0, +)
        let count = Double(overlap.itemCount)
        self.init(precision: precisionSum / count, recall: recallSum / count, itemCount: overlap.itemCount)
    }
}
