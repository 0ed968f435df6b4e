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
        let words = article.tokens.lazy.filter { $0.kind != .punctuation }
            .map { WyHash.hash($0.normalized, seed: configuration.seed) }
        let hashes = Array(words)
        shingles = Set(Shingler(size: configuration.shingleSize, seed: configuration.seed).shingles(ofTokenHashes: hashes))
        // Passages shorter than the n-gram size cannot be shared passages, so short texts get no grams.
        grams = hashes.count >= configuration.passageGramSize
            ? Set(Shingler(size: configuration.passageGramSize, seed: configuration.seed).shingles(ofTokenHashes: hashes))
            : []
        signature = MinHasher(lanes: configuration.lanes, seed: configuration.seed).signature(of: shingles)
    }

    func jaccard(_ other: CopyFeatures) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return 1 }
        let common = shingles.intersection(other.shingles).count
        return Double(common) / Double(shingles.count + other.shingles.count - common)
    }
}
