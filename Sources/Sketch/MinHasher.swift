/// Builds MinHash signatures by one-permutation hashing with densification (one hash per element, not one per lane).
///
/// Each element is re-hashed once under the seed; the top bits pick its lane (bin), the low 32 bits compete for that
/// lane's minimum. Lanes no element fell into borrow the value of a lane chosen by a seeded probe sequence
/// ("optimal densification", Shrivastava 2017), which keeps the estimate unbiased for small sets.
public struct MinHasher: Sendable, Hashable {
    public let lanes: Int
    public let seed: UInt64

    public init(lanes: Int = 128, seed: UInt64 = WyHash.defaultSeed) {
        precondition(lanes > 0, "a signature needs at least one lane")
        self.lanes = lanes
        self.seed = seed
    }

    /// The signature of a set of element hashes (duplicates do not matter).
    public func signature<S: Sequence>(of elements: S) -> MinHash where S.Element == UInt64 {
        var values = [UInt32](repeating: .max, count: lanes)
        var filled = [Bool](repeating: false, count: lanes)
        var any = false
        let laneCount = UInt64(lanes)
        for element in elements {
            let mixed = WyHash.hash(element, seed: seed)
            let lane = Int(((mixed >> 32) &* laneCount) >> 32)
            let value = UInt32(truncatingIfNeeded: mixed)
            if !filled[lane] || value < values[lane] {
                values[lane] = value
                filled[lane] = true
            }
            any = true
        }
        guard any else { return MinHash(values: values, isEmpty: true) }
        var dense = values
        for lane in 0..<lanes where !filled[lane] {
            var attempt: UInt64 = 1
            while true {
                let probe = WyHash.hash(UInt64(lane) &* 0x9E37_79B9 &+ attempt, seed: seed ^ 0xD3A5)
                let source = Int(((probe >> 32) &* laneCount) >> 32)
                if filled[source] {
                    dense[lane] = values[source]
                    break
                }
                attempt += 1
            }
        }
        return MinHash(values: dense, isEmpty: false)
    }
}
