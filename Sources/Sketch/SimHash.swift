/// A 64-bit SimHash fingerprint: similar feature sets give fingerprints a small Hamming distance apart.
public struct SimHash: Sendable, Hashable {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// The fingerprint of weighted feature hashes: each bit is the sign of the weighted vote of the features' bits.
    public init<S: Sequence>(weightedFeatures: S) where S.Element == (UInt64, Double) {
        var votes = [Double](repeating: 0, count: 64)
        for (feature, weight) in weightedFeatures {
            let mixed = WyHash.hash(feature, seed: WyHash.defaultSeed)
            for bit in 0..<64 {
                votes[bit] += (mixed >> UInt64(bit)) & 1 == 1 ? weight : -weight
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where votes[bit] > 0 { result |= 1 << UInt64(bit) }
        value = result
    }

    /// The fingerprint of feature hashes of equal weight (repeated features count again).
    public init<S: Sequence>(features: S) where S.Element == UInt64 {
        self.init(weightedFeatures: features.lazy.map { ($0, 1.0) })
    }

    /// The number of bits in which the two fingerprints differ.
    public func distance(to other: SimHash) -> Int { (value ^ other.value).nonzeroBitCount }
}
