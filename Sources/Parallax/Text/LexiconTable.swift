/// A map from normalized words to lexemes with open addressing and a fixed FNV-1a hash: cheaper per
/// lookup than `Dictionary`'s seeded SipHash on the tokenizer's hot path, and the same on every run.
struct LexiconTable {
    private var keys: [String?]
    private var values: [Lexeme?]
    private var mask: Int
    private var count = 0

    init(expectedWords: Int) {
        var capacity = 64
        while capacity < expectedWords * 2 { capacity <<= 1 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func hash(_ word: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The lexeme for `word`, computing and storing it with `make` the first time.
    mutating func lexeme(for word: String, make: (String) -> Lexeme) -> Lexeme {
        var slot = Self.hash(word) & mask
        while let key = keys[slot] {
            if key == word { return values[slot]! }
            slot = (slot + 1) & mask
        }
        let lexeme = make(word)
        keys[slot] = word
        values[slot] = lexeme
        count += 1
        if count * 2 > keys.count { grow() }
        return lexeme
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) {
            guard let key else { continue }
            var slot = Self.hash(key) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
