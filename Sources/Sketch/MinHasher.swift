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
        signature(of: Array(elements))
    }

    /// The signature of element hashes held in an array (duplicates do not matter): the hot path, no generics.
    public func signature(of elements: [UInt64]) -> MinHash {
        elements.withUnsafeBufferPointer { signature(ofBuffer: $0) }
    }

    /// The signature of element hashes in a buffer (duplicates do not matter).
    public func signature(ofBuffer elements: UnsafeBufferPointer<UInt64>) -> MinHash {
        guard !elements.isEmpty else { return MinHash(values: [UInt32](repeating: .max, count: lanes), isEmpty: true) }
        // A lane no element fell into keeps `sentinel` in the high half, so one array holds value and filled flag.
        let sentinel: UInt64 = 1 << 32
        var slots = [UInt64](repeating: sentinel, count: lanes)
        let laneCount = UInt64(lanes)
        let seed = self.seed
        slots.withUnsafeMutableBufferPointer { slots in
            for element in elements {
                let mixed = WyHash.hash(element, seed: seed)
                let lane = Int(truncatingIfNeeded: ((mixed >> 32) &* laneCount) >> 32)
                let value = mixed & 0xFFFF_FFFF
                if value < slots[lane] { slots[lane] = value }
            }
        }
        var dense = [UInt32](repeating: 0, count: lanes)
        for lane in 0..<lanes {
            if slots[lane] != sentinel {
                dense[lane] = UInt32(truncatingIfNeeded: slots[lane])
                continue
            }
            var attempt: UInt64 = 1
            while true {
                let probe = WyHash.hash(UInt64(lane) &* 0x9E37_79B9 &+ attempt, seed: seed ^ 0xD3A5)
                let source = Int(((probe >> 32) &* laneCount) >> 32)
                if slots[source] != sentinel {
                    dense[lane] = UInt32(truncatingIfNeeded: slots[source])
                    break
                }
                attempt += 1
            }
        }
        return MinHash(values: dense, isEmpty: false)
    }
}
