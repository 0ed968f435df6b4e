/// A banded LSH index over MinHash signatures: keys whose signatures agree on a whole band become candidates.
public struct LSHIndex<Key: Hashable & Sendable>: Sendable {
    public let parameters: LSHParameters
    public private(set) var keys: [Key] = []
    /// Every band's buckets in one table: band hashes mix in the band number.
    private var buckets = BandTable()
    private var positions: [Key: Int] = [:]

    public init(parameters: LSHParameters) {
        self.parameters = parameters
    }

    /// An index whose bands and rows are optimal for `threshold` over signatures of `lanes` lanes.
    public init(
        threshold: Double, lanes: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) {
        self.init(parameters: .optimal(
            threshold: threshold, lanes: lanes,
            falsePositiveWeight: falsePositiveWeight, falseNegativeWeight: falseNegativeWeight))
    }

    public var count: Int { keys.count }

    /// Adds a key; a key inserted twice keeps its first signature.
    public mutating func insert(_ key: Key, _ signature: MinHash) {
        guard positions[key] == nil, !signature.isEmpty else { return }
        let position = keys.count
        keys.append(key)
        positions[key] = position
        for key in parameters.bandKeys(of: signature) { buckets.append(key, position: position) }
    }

    /// The keys sharing at least one band with `signature`, in insertion order.
    public func query(_ signature: MinHash) -> [Key] {
        guard !signature.isEmpty else { return [] }
        var found: [Int] = []
        for key in parameters.bandKeys(of: signature) { buckets.collect(key, into: &found) }
        if found.isEmpty { return [] }
        found.sort()
        var result: [Key] = []
        result.reserveCapacity(found.count)
        var previous = -1
        for position in found where position != previous {
            result.append(keys[position])
            previous = position
        }
        return result
    }

}
