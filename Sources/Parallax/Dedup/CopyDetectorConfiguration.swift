import Sketch

extension CopyDetector {
    /// The thresholds of copy detection.
    package struct Configuration: Sendable, Hashable {
        /// Words per shingle for near-duplicate detection.
        package var shingleSize: Int
        /// MinHash lanes.
        package var lanes: Int
        /// Seed of the shingle and MinHash hashes; fixed so results repeat.
        package var seed: UInt64
        /// The similarity the LSH index is tuned to retrieve; below `nearDuplicateJaccard` so few near-copies are missed.
        package var candidateThreshold: Double
        /// Exact word-shingle Jaccard at or above which two articles are near-duplicates.
        package var nearDuplicateJaccard: Double
        /// Words per n-gram when looking for shared passages.
        package var passageGramSize: Int
        /// Share of the shorter article's n-grams found in the other at or above which it is a rewrite.
        package var rewriteContainment: Double
        /// Fewest shared n-grams for a rewrite, so two short texts sharing one phrase are not called copies.
        package var minimumSharedGrams: Int
        /// N-grams found in more articles than this are boilerplate and do not make candidates.
        package var maximumGramFrequency: Int

        package init(
            shingleSize: Int = 5, lanes: Int = 128, seed: UInt64 = WyHash.defaultSeed,
            candidateThreshold: Double = 0.5, nearDuplicateJaccard: Double = 0.8,
            passageGramSize: Int = 8, rewriteContainment: Double = 0.2, minimumSharedGrams: Int = 12,
            maximumGramFrequency: Int = 50
        ) {
            self.shingleSize = shingleSize
            self.lanes = lanes
            self.seed = seed
            self.candidateThreshold = candidateThreshold
            self.nearDuplicateJaccard = nearDuplicateJaccard
            self.passageGramSize = passageGramSize
            self.rewriteContainment = rewriteContainment
            self.minimumSharedGrams = minimumSharedGrams
            self.maximumGramFrequency = maximumGramFrequency
        }

        /// Word 5-shingles, 128 lanes, near-duplicate at Jaccard ≥ 0.8 (the usual cut for "copy with small edits"),
        /// rewrite when a fifth of the shorter article's 8-word runs (at least 12) appear in the other:
        /// two shared sentences of a short article.
        package static let `default` = Configuration()

        /// The settings under fixed key names, for `StoryClusterer.Configuration.fingerprint`.
        var fingerprintValues: [String: String] {
            [
                "shingleSize": "\(shingleSize)", "lanes": "\(lanes)", "seed": "\(seed)", "candidateThreshold": "\(candidateThreshold)",
                "nearDuplicateJaccard": "\(nearDuplicateJaccard)", "passageGramSize": "\(passageGramSize)",
                "rewriteContainment": "\(rewriteContainment)", "minimumSharedGrams": "\(minimumSharedGrams)",
                "maximumGramFrequency": "\(maximumGramFrequency)",
            ]
        }
    }
}
