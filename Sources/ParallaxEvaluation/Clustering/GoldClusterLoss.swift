import Parallax
/// What one gold cluster costs a BCubed score: the precision and recall its items lose, how the clustering spread
/// them, and which other gold clusters share their predicted clusters.
///
/// The losses are shares of the averaged score: a gold cluster's precision loss is the sum of (1 − precision) over
/// its items divided by all items scored, so the losses of all gold clusters add up to 1 − P (and to 1 − R).
package struct GoldClusterLoss<Gold: Hashable & Comparable & Sendable>: Sendable {
    package let gold: Gold
    package let itemCount: Int
    package let precisionLoss: Double
    package let recallLoss: Double
    /// How many of its items each predicted cluster holds, largest first (one entry: kept whole).
    package let spread: [Int]
    /// The other gold clusters in its items' predicted clusters, with how many items each has there, most first.
    package let sharedWith: [(gold: Gold, items: Int)]

    /// The loss of every gold cluster over the items in both maps, costliest first (precision plus recall loss;
    /// ties by gold label).
    package static func ranked<Item: Hashable, Predicted: Hashable>(predicted: [Item: Predicted], gold: [Item: Gold]) -> [Self] {
        let overlap = ClusterOverlap(predicted: predicted, gold: gold)
        let (goldSize, count) = (overlap.goldSize, overlap.itemCount)
        guard count > 0 else { return [] }
        var precisionTerms: [Gold: [Double]] = [:], recallTerms: [Gold: [Double]] = [:]
        var spread: [Gold: [Int]] = [:]
        var shared: [Gold: [Gold: Int]] = [:]
        for labels in overlap.cells.values {
            let size = labels.values.reduce(0, +)
            for (label, n) in labels {
                // Each of the n items in this cell has precision n / |predicted| and recall n / |gold|.
                precisionTerms[label, default: []].append(Double(n) * (1 - Double(n) / Double(size)))
                recallTerms[label, default: []].append(Double(n) * (1 - Double(n) / Double(goldSize[label]!)))
                spread[label, default: []].append(n)
                for (other, m) in labels where other != label { shared[label, default: [:]][other, default: 0] += m }
            }
        }
        let losses = goldSize.keys.map { label in
            Self(
                gold: label, itemCount: goldSize[label]!,
                // Summed in sorted order: dictionary order varies per process, and the last digits must not.
                precisionLoss: precisionTerms[label]!.sorted().reduce(0, +) / Double(count),
                recallLoss: recallTerms[label]!.sorted().reduce(0, +) / Double(count),
                spread: spread[label]!.sorted(by: >),
                sharedWith: (shared[label] ?? [:]).map { (gold: $0.key, items: $0.value) }
                    .sorted { $0.items != $1.items ? $0.items > $1.items : $0.gold < $1.gold })
        }
        return losses.sorted {
            let (a, b) = ($0.precisionLoss + $0.recallLoss, $1.precisionLoss + $1.recallLoss)
            return a != b ? a > b : $0.gold < $1.gold
        }
    }
}
