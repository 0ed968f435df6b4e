import Sketch

/// The vocabulary of a `StoryIndex` without the strings: a term is its 64-bit WyHash, and an open-addressing
/// table of dense ids maps a hash to its id.
///
/// Two distinct terms share a 64-bit hash with probability about n²/2⁶⁵ (3·10⁻⁸ for a million terms); they would
/// then count as one term, which a clusterer tolerates. Keeping no strings is what makes a term cost about 14 bytes.
struct TermTable: Sendable {
    /// Id → the term's hash, in the order ids were given.
    private(set) var hashes: [UInt64] = []
    /// Open addressing with linear probing: id + 1 per slot, 0 for an empty slot; a power-of-two count.
    private var slots: [UInt32] = Array(repeating: 0, count: 1024)
    private var shift: UInt64 = 54

    init() {}

    /// The hash a term is interned by.
    @inline(__always)
    static func hash(_ term: String) -> UInt64 { WyHash.hash(term, seed: WyHash.defaultSeed) }

    var count: Int { hashes.count }

    /// Bytes held by the two arrays (allocator headers counted as 32 bytes each).
    var bytes: Int { 64 + hashes.capacity * 8 + slots.capacity * 4 }

    /// The id of a hashed term, nil when not seen.
    @inline(__always)
    func id(ofHash hash: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[Int(entry - 1)] == hash { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Gives a hash not seen before the next id.
    mutating func insert(_ hash: UInt64) -> UInt32 {
        let id = UInt32(hashes.count)
        hashes.append(hash)
        // At most half full, so a missed lookup ends after a couple of probes.
        if 2 * hashes.count > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            shift -= 1
            for (existing, hash) in hashes.enumerated() { place(UInt32(existing), hash) }
        } else {
            place(id, hash)
        }
        return id
    }

    private mutating func place(_ id: UInt32, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }
}
