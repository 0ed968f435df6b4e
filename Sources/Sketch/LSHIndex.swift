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
        for band in 0..<parameters.bands {
            buckets.append(bandHash(signature, band), position: position)
        }
    }

    /// The keys sharing at least one band with `signature`, in insertion order.
    public func query(_ signature: MinHash) -> [Key] {
        guard !signature.isEmpty else { return [] }
        var found: [Int] = []
        for band in 0..<parameters.bands { buckets.collect(bandHash(signature, band), into: &found) }
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

    private func bandHash(_ signature: MinHash, _ band: Int) -> UInt64 {
        precondition(signature.values.count >= parameters.bands * parameters.rows, "signature shorter than the bands")
        let start = band * parameters.rows
        return signature.values.withUnsafeBufferPointer { values in
            var value = UInt64(band)
            for lane in start..<(start + parameters.rows) { value = WyHash.combine(value, UInt64(values[lane])) }
            return value
        }
    }
}
