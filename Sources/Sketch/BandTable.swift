/// The buckets of an LSH index in flat arrays: an open-addressing table from band hash to the newest entry of its
/// bucket, and entries chained to the previous one of the same bucket. No array or dictionary per bucket, so an
/// insert allocates nothing until the arrays double.
///
/// Keys are 64-bit band hashes that already mix in the band number, so equal keys mean the same band agreed
/// (two different bands or lanes colliding in 64 bits is far rarer than a MinHash false positive).
struct BandTable: Sendable {
    private static let emptyKey: UInt64 = 0
    /// Slot keys (`emptyKey` for a free slot; a real key of 0 is stored as 1) and the newest entry of each slot.
    private var slotKeys: [UInt64]
    private var slotHeads: [Int32]
    private var mask: Int
    private var used = 0
    /// Per entry: the inserted position and the previous entry of the same bucket (-1 ends the chain).
    private(set) var entryPositions: [Int32] = []
    private var entryNext: [Int32] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slotKeys = [UInt64](repeating: Self.emptyKey, count: size)
        slotHeads = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds `position` to the bucket of `key`.
    mutating func append(_ key: UInt64, position: Int) {
        precondition(entryPositions.count < Int(Int32.max), "an LSH index holds fewer than 2^31 band entries")
        if (used + 1) * 2 > slotKeys.count { grow() }
        let stored = key == Self.emptyKey ? 1 : key
        let slot = find(stored)
        if slotKeys[slot] == Self.emptyKey {
            slotKeys[slot] = stored
            used += 1
        }
        entryPositions.append(Int32(truncatingIfNeeded: position))
        entryNext.append(slotHeads[slot])
        slotHeads[slot] = Int32(truncatingIfNeeded: entryPositions.count - 1)
    }

    /// Appends the positions in the bucket of `key` (newest first) to `result`.
    func collect(_ key: UInt64, into result: inout [Int]) {
        let stored = key == Self.emptyKey ? 1 : key
        var entry = slotHeads[find(stored)]
        while entry >= 0 {
            result.append(Int(entryPositions[Int(entry)]))
            entry = entryNext[Int(entry)]
        }
    }

    /// The slot holding `key`, or the free slot where it would go (linear probing; the table is never full).
    private func find(_ key: UInt64) -> Int {
        // Band hashes come out of WyHash's mixing, so their low bits are already uniform.
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slotKeys[slot]
            if found == key || found == Self.emptyKey { return slot }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = slotKeys, oldHeads = slotHeads
        slotKeys = [UInt64](repeating: Self.emptyKey, count: oldKeys.count * 2)
        slotHeads = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = slotKeys.count - 1
        for slot in oldKeys.indices where oldKeys[slot] != Self.emptyKey {
            let target = find(oldKeys[slot])
            slotKeys[target] = oldKeys[slot]
            slotHeads[target] = oldHeads[slot]
        }
    }
}
