import Sketch

/// The set of word shingles of a text as the benchmark hashes them: `WordHasher` words, `Shingler` windows.
public struct ShingleSet: Sendable, Hashable {
    public let hashes: Set<UInt64>

    public init(text: String, size: Int = 5, seed: UInt64 = WyHash.defaultSeed) {
        let words = WordHasher(seed: seed).hashes(of: text)
        hashes = Set(Shingler(size: size, seed: seed).shingles(ofTokenHashes: words))
    }

    /// |A ∩ B| / |A ∪ B|; two empty sets are identical.
    public func jaccard(_ other: ShingleSet) -> Double {
        if hashes.isEmpty && other.hashes.isEmpty { return 1 }
        let (small, large) = hashes.count <= other.hashes.count ? (hashes, other.hashes) : (other.hashes, hashes)
        var common = 0
        for hash in small where large.contains(hash) { common += 1 }
        return Double(common) / Double(hashes.count + other.hashes.count - common)
    }
}
