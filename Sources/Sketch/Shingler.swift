/// Makes k-token shingles from a sequence of token hashes: each token is hashed once, each shingle combines k of them.
public struct Shingler: Sendable, Hashable {
    /// Tokens per shingle.
    public let size: Int
    public let seed: UInt64

    public init(size: Int, seed: UInt64 = WyHash.defaultSeed) {
        precondition(size > 0, "a shingle holds at least one token")
        self.size = size
        self.seed = seed
    }

    /// The hash of every window of `size` consecutive tokens, in order; a sequence shorter than `size` gives one shingle.
    public func shingles(ofTokenHashes tokens: [UInt64]) -> [UInt64] {
        if tokens.isEmpty { return [] }
        let width = Swift.min(size, tokens.count)
        var result: [UInt64] = []
        result.reserveCapacity(tokens.count - width + 1)
        for start in 0...(tokens.count - width) {
            var value = seed
            for index in start..<(start + width) { value = WyHash.combine(value, tokens[index]) }
            result.append(value)
        }
        return result
    }

    /// Shingles of string tokens, each token hashed once with `WyHash`.
    public func shingles(of tokens: [String]) -> [UInt64] {
        shingles(ofTokenHashes: tokens.map { WyHash.hash($0, seed: seed) })
    }
}
