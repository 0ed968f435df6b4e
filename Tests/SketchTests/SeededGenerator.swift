/// SplitMix64: a seeded generator so the property tests draw the same sets on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Two random sets sharing `shared` elements out of a union of `union`, as element hashes.
func randomSetPair(union: Int, shared: Int, using generator: inout SeededGenerator) -> (Set<UInt64>, Set<UInt64>) {
    var pool = Set<UInt64>()
    while pool.count < union { pool.insert(generator.next()) }
    let elements = pool.sorted().shuffled(using: &generator)
    let common = elements[0..<shared]
    let rest = elements[shared...]
    let split = rest.startIndex + rest.count / 2
    let a = Set(common).union(rest[rest.startIndex..<split])
    let b = Set(common).union(rest[split...])
    return (a, b)
}

func exactJaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
    Double(a.intersection(b).count) / Double(a.union(b).count)
}
