/// A banded LSH index over MinHash signatures: keys whose signatures agree on a whole band become candidates.
public struct LSHIndex<Key: Hashable & Sendable>: Sendable {
    public let parameters: LSHParameters
    public private(set) var keys: [Key] = []
    private var buckets: [[UInt64: [Int]]]
    private var positions: [Key: Int] = [:]

    public init(parameters: LSHParameters) {
        self.parameters = parameters
        buckets = Array(repeating: [:], count: parameters.bands)
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
            buckets[band][bandHash(signature, band), default: []].append(position)
        }
    }

    /// The keys sharing at least one band with `signature`, in insertion order.
    public func query(_ signature: MinHash) -> [Key] {
        guard !signature.isEmpty else { return [] }
        var found = Set<Int>()
        for band in 0..<parameters.bands {
            if let bucket = buckets[band][bandHash(signature, band)] { found.formUnion(bucket) }
        }
        return found.sorted().map { keys[$0] }
    }

    private func bandHash(_ signature: MinHash, _ band: Int) -> UInt64 {
        precondition(signature.values.count >= parameters.bands * parameters.rows, "signature shorter than the bands")
        var value = UInt64(band)
        let start = band * parameters.rows
        for lane in start..<(start + parameters.rows) {
            value = WyHash.combine(value, UInt64(signature.values[lane]))
        }
        return value
    }
}
