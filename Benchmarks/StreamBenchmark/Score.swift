/// Recall of the planted pairs among the candidate pairs, split at exact Jaccard 0.8.
struct Score {
    let high: Int
    let foundHigh: Int
    let middle: Int
    let foundMiddle: Int

    /// `candidates` holds pairs of stream positions as `earlier << 32 | later`.
    init(ids: [String], planted: [(copy: String, original: String, jaccard: Double)], candidates: Set<UInt64>) {
        var position: [String: Int] = [:]
        for (index, id) in ids.enumerated() { position[id] = index }
        var high = 0, foundHigh = 0, middle = 0, foundMiddle = 0
        for pair in planted {
            guard let a = position[pair.original], let b = position[pair.copy] else { continue }
            let found = candidates.contains(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
            if pair.jaccard >= 0.8 {
                high += 1
                if found { foundHigh += 1 }
            } else if pair.jaccard >= 0.5 {
                middle += 1
                if found { foundMiddle += 1 }
            }
        }
        self.high = high
        self.foundHigh = foundHigh
        self.middle = middle
        self.foundMiddle = foundMiddle
    }

    var recallHigh: Double { high == 0 ? 0 : Double(foundHigh) / Double(high) }
    var recallMiddle: Double { middle == 0 ? 0 : Double(foundMiddle) / Double(middle) }

    var summary: String {
        "recall of planted pairs: exact J ≥ 0.8 \(foundHigh)/\(high) = \(String(format: "%.4f", recallHigh)), "
            + "0.5 ≤ J < 0.8 \(foundMiddle)/\(middle) = \(String(format: "%.4f", recallMiddle))"
    }
}
