/// A MinHash signature: one minimum per lane; the share of equal lanes estimates the Jaccard similarity of two sets.
public struct MinHash: Sendable, Hashable {
    /// One value per lane; all `UInt32.max` for an empty set.
    public let values: [UInt32]
    /// Whether the set it summarizes was empty.
    public let isEmpty: Bool

    public init(values: [UInt32], isEmpty: Bool) {
        self.values = values
        self.isEmpty = isEmpty
    }

    /// The estimated Jaccard similarity: the share of lanes where both signatures agree (0 when either set is empty).
    public func jaccard(_ other: MinHash) -> Double {
        precondition(values.count == other.values.count, "signatures of different lane counts")
        if isEmpty || other.isEmpty || values.isEmpty { return isEmpty && other.isEmpty ? 1 : 0 }
        var equal = 0
        for lane in values.indices where values[lane] == other.values[lane] { equal += 1 }
        return Double(equal) / Double(values.count)
    }
}
