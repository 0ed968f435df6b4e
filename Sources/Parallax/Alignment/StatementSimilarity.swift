import Foundation

/// How much two statements say the same thing: shared terms weighted by their rarity within the story.
///
/// The score averages the cosine and the overlap coefficient of the IDF-weighted term sets, so that a short
/// statement fully contained in a long one still scores well. Two statements must share enough content words
/// (not only names) to score at all: "Lavrov" and "China" appear everywhere in a story about Lavrov in China.
struct StatementSimilarity: Sendable {
    let idf: [String: Double]
    let minSharedContentWeight: Double
    /// The fewest shared content words, whatever their weight.
    let minSharedContentTerms = 2

    init(features: [StatementFeatures], minSharedContentWeight: Double) {
        var frequency: [String: Int] = [:]
        for feature in features {
            for term in feature.terms { frequency[term, default: 0] += 1 }
        }
        let count = Double(features.count)
        idf = frequency.mapValues { log((count + 1) / (Double($0) + 0.5)) }
        self.minSharedContentWeight = minSharedContentWeight
    }

    /// The similarity in [0, 1]; terms whose kind letter is in `ignoring` ("d", "n", "e") are left out.
    func similarity(_ a: StatementFeatures, _ b: StatementFeatures, ignoring: Set<Character> = []) -> Double {
        let shared = a.terms.intersection(b.terms).filter { !ignoring.contains($0.first!) }
        let content = shared.filter { $0.hasPrefix("w:") }
        guard content.count >= minSharedContentTerms, weight(content) >= minSharedContentWeight else { return 0 }
        let left = weight(a.terms.filter { !ignoring.contains($0.first!) })
        let right = weight(b.terms.filter { !ignoring.contains($0.first!) })
        guard left > 0, right > 0 else { return 0 }
        let common = weight(shared)
        return (common / (left * right).squareRoot() + common / min(left, right)) / 2
    }

    func weight(_ terms: Set<String>) -> Double {
        terms.reduce(0) { $0 + (idf[$1] ?? 0) }
    }
}
