import Sketch

/// What copy detection needs of one article: its exact key, word shingles, passage n-grams and MinHash; made by
/// `CopyDetector.features(of:)`, so that an article compared in many groups is shingled once.
package struct CopyFeatures: Sendable {
    let article: AnalyzedArticle
    let exactKey: ExactKey
    let shingles: Set<UInt64>
    let grams: Set<UInt64>
    let signature: MinHash

    init(_ article: AnalyzedArticle, configuration: CopyDetector.Configuration) {
        self.article = article
        exactKey = ExactKey(text: article.article.text, seed: configuration.seed)
        let hashes = Self.wordHashes(article.tokens, configuration: configuration)
        shingles = Self.shingles(ofWordHashes: hashes, configuration: configuration)
        // Passages shorter than the n-gram size cannot be shared passages, so short texts get no grams.
        grams = hashes.count >= configuration.passageGramSize
            ? Set(Shingler(size: configuration.passageGramSize, seed: configuration.seed).shingles(ofTokenHashes: hashes))
            : []
        signature = MinHasher(lanes: configuration.lanes, seed: configuration.seed).signature(of: shingles)
    }

    /// The hash of each word and number, in text order (punctuation left out).
    static func wordHashes(_ tokens: [Token], configuration: CopyDetector.Configuration) -> [UInt64] {
        tokens.filter { $0.kind != .punctuation }.map { WyHash.hash($0.normalized, seed: configuration.seed) }
    }

    /// The word shingles near-duplicates are compared by.
    static func shingles(ofWordHashes hashes: [UInt64], configuration: CopyDetector.Configuration) -> Set<UInt64> {
        Set(Shingler(size: configuration.shingleSize, seed: configuration.seed).shingles(ofTokenHashes: hashes))
    }

    func jaccard(_ other: CopyFeatures) -> Double {
        jaccard(other.shingles)
    }

    /// The Jaccard similarity of this article's shingles and another's.
    func jaccard(_ others: Set<UInt64>) -> Double {
        if shingles.isEmpty && others.isEmpty { return 1 }
        let common = shingles.intersection(others).count
        return Double(common) / Double(shingles.count + others.count - common)
    }
}
