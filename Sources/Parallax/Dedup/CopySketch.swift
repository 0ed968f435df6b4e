import Sketch

/// What copy detection keys one article by, so that copies can be found among articles that are never in one
/// process together: its exact-text key and the keys of its MinHash bands, banded as `relations(among:)` bands
/// them. Two articles can only be exact copies when their exact keys are equal, and near-duplicates only when
/// they share a band key: grouping by these keys finds every pair `relations(among:)` would check.
package struct CopySketch: Sendable, Hashable {
    /// Equal for texts that are the same up to spacing and ASCII case.
    package let exactKey: UInt64
    /// One key per band, the band number mixed in; empty for a text too short to have a shingle.
    package let bandKeys: [UInt64]

    package init(exactKey: UInt64, bandKeys: [UInt64]) {
        self.exactKey = exactKey
        self.bandKeys = bandKeys
    }
}

extension CopyDetector {
    /// The banding of near-duplicate candidates: recall matters more than precision here, as every candidate is
    /// checked with the exact Jaccard. Found by numerical integration, so the detector computes it once.
    static func nearDuplicateBanding(_ configuration: Configuration) -> LSHParameters {
        .optimal(
            threshold: configuration.candidateThreshold, lanes: configuration.lanes,
            falsePositiveWeight: 0.3, falseNegativeWeight: 0.7)
    }

    /// The article's exact key and MinHash band keys.
    package func sketch(of article: AnalyzedArticle) -> CopySketch {
        sketch(of: CopyFeatures(article, configuration: configuration))
    }

    /// The exact key and MinHash band keys of an article's copy features.
    package func sketch(of features: CopyFeatures) -> CopySketch {
        let bands = features.signature.isEmpty ? [] : nearDuplicateBanding.bandKeys(of: features.signature)
        return CopySketch(exactKey: features.exactKey.value, bandKeys: bands)
    }
}
