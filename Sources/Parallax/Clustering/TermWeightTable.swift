/// A small open-addressing map from term id to weight, holding one article or one centroid while it is compared
/// with candidate stories: a few hundred entries that stay in the first-level cache, where a dense row over the
/// whole vocabulary (8 bytes per term ever seen) is read at random and misses the cache once the vocabulary is large.
struct TermWeightTable: Sendable {
    private static let empty = UInt32.max
    private var keys: [UInt32] = Array(repeating: empty, count: 512)
    private var values: [Double] = Array(repeating: 0, count: 512)
    private var used: [Int] = []
    private var shift: UInt32 = 23

    init() {}

    /// Bytes held (allocator headers counted as 32 bytes each).
    var bytes: Int { 96 + keys.capacity * 4 + values.capacity * 8 + used.capacity * 8 }

    /// Empties the table and makes room for `count` entries at most an eighth full, so a term not in the table
    /// (the common case) almost always finds its first slot empty.
    mutating func reset(expecting count: Int) {
        for slot in used { keys[slot] = Self.empty }
        used.removeAll(keepingCapacity: true)
        if 8 * count > keys.count {
            var size = keys.count
            while 8 * count > size { size *= 2 }
            keys = Array(repeating: Self.empty, count: size)
            values = Array(repeating: 0, count: size)
            shift = UInt32(32 - size.trailingZeroBitCount)
        }
    }

    @inline(__always)
    private func home(_ id: UInt32) -> Int { Int((id &* 0x9E37_79B1) &>> shift) }

    /// Sets the weight of a term (ids are distinct within one load).
    @inline(__always)
    mutating func set(_ id: UInt32, _ value: Double) {
        let mask = keys.count - 1
        var slot = home(id)
        while keys[slot] != Self.empty && keys[slot] != id { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty {
            keys[slot] = id
            used.append(slot)
        }
        values[slot] = value
    }

    /// The dot products of a centroid (id-sorted terms and sums) with the table's name part (negative weights,
    /// returned positive) and topic-word part, summed in the centroid's order.
    func dots(_ terms: UnsafeBufferPointer<CentroidTerm>) -> (entity: Double, content: Double) {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                let mask = keys.count - 1
                var entity = 0.0, content = 0.0
                for entry in terms {
                    var slot = home(entry.term)
                    var key = keys[slot]
                    while key != entry.term && key != Self.empty {
                        slot = (slot &+ 1) & mask
                        key = keys[slot]
                    }
                    let value = key == entry.term ? values[slot] : 0
                    let product = value * Double(entry.sum)
                    // Selects instead of branches: adding or subtracting +0 leaves a non-negative sum's bits as they are.
                    entity -= value < 0 ? product : 0
                    content += value > 0 ? product : 0
                }
                return (entity, content)
            }
        }
    }

    /// The weight of a term, zero when absent.
    @inline(__always)
    subscript(_ id: UInt32) -> Double {
        let mask = keys.count - 1
        var slot = home(id)
        while true {
            let key = keys[slot]
            if key == id { return values[slot] }
            if key == Self.empty { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
