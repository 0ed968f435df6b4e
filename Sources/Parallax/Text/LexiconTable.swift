/// A map from normalized words to lexemes with open addressing and a fixed FNV-1a hash: cheaper per
/// lookup than `Dictionary`'s seeded SipHash on the tokenizer's hot path, and the same on every run.
struct LexiconTable {
    /// Index + 1 into `entries` per slot, 0 when empty: a plain integer array costs nothing to free.
    private var slots: [Int32]
    private var entries: [(word: String, hash: UInt64, lexeme: Lexeme)] = []
    private var mask: Int

    init(expectedWords: Int) {
        var capacity = 64
        while capacity < expectedWords * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        entries.reserveCapacity(expectedWords)
    }

    static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One FNV-1a step; callers fold a word's bytes as they write them, so hashing costs no second pass.
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash(_ word: String) -> UInt64 {
        word.utf8.reduce(emptyHash, hash)
    }

    @inline(__always)
    private static func slot(for hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The lexeme for `word` (whose bytes hash to `hash`), computing and storing it with `make` the first time.
    mutating func lexeme(for word: String, hash: UInt64, make: (String) -> Lexeme) -> Lexeme {
        var slot = Self.slot(for: hash, mask: mask)
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash && entry.word == word { return entry.lexeme }
            slot = (slot + 1) & mask
        }
        let lexeme = make(word)
        entries.append((word, hash, lexeme))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return lexeme
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Self.slot(for: entry.hash, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
