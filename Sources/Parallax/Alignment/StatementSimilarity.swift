import Foundation

/// How much two statements say the same thing: shared terms weighted by their rarity within the story.
///
/// The score averages the cosine and the overlap coefficient of the IDF-weighted term sets, so that a short
/// statement fully contained in a long one still scores well. Two statements must share enough content words
/// (not only names) to score at all: "Lavrov" and "China" appear everywhere in a story about Lavrov in China.
package struct StatementSimilarity: Sendable {
    let idf: [String: Double]
    let minSharedContentWeight: Double
    /// The fewest shared content words, whatever their weight.
    let minSharedContentTerms = 2
    /// How much more a shared quotation weighs than a shared word of the same rarity.
    static let quoteBoost = 2.0
    static let minimumStatements = 40
    /// How much a disagreement on dates lowers the similarity for facts.
    let dateDisagreementFactor = 0.5

    init(features: [StatementFeatures], minSharedContentWeight: Double) {
        var frequency: [String: Int] = [:]
        for feature in features {
            for term in feature.terms { frequency[term, default: 0] += 1 }
        }
        // A small story has too few statements for rarity to show: count as if it had at least
        // `minimumStatements`, so that words shared by its two articles still weigh like rare words.
        let count = Double(max(features.count, Self.minimumStatements))
        // The same quotation in two sources is the strongest sign they report the same thing.
        let idf = Dictionary(uniqueKeysWithValues: frequency.map { term, documents in
            (term, log((count + 1) / (Double(documents) + 0.5)) * (term.hasPrefix("q:") ? Self.quoteBoost : 1))
        })
        self.idf = idf
        self.minSharedContentWeight = minSharedContentWeight
        // Ids in sorted term order: summing weights over ascending ids adds them in `weight`'s order.
        let vocabulary = idf.keys.sorted()
        termID = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        termOfID = vocabulary
        idfOfID = vocabulary.map { idf[$0]! }
        kindOfID = vocabulary.map { $0.utf8.first ?? 0 }
        isContentID = vocabulary.map(Self.isContent)
    }

    /// Term → id; ids follow the terms' sorted order.
    let termID: [String: Int]
    /// Id → term.
    let termOfID: [String]
    /// By term id: its weight, its kind letter (the first byte), and whether it is content.
    let idfOfID: [Double]
    let kindOfID: [UInt8]
    let isContentID: [Bool]
    private static let entityKind = UInt8(ascii: "e")

    /// The ascending ids of terms of the vocabulary.
    func ids(of terms: Set<String>) -> [Int] {
        terms.compactMap { termID[$0] }.sorted()
    }

    /// The ids two ascending id lists share, ascending.
    static func sharedIDs(_ left: [Int], _ right: [Int]) -> [Int] {
        var (i, j) = (0, 0)
        var shared: [Int] = []
        while i < left.count, j < right.count {
            if left[i] < right[j] {
                i += 1
            } else if left[i] > right[j] {
                j += 1
            } else {
                shared.append(left[i])
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// Whether a term id names an entity ("e:").
    func isEntity(_ id: Int) -> Bool { kindOfID[id] == Self.entityKind }

    /// The similarity in [0, 1]; terms whose kind letter is in `ignoring` ("d", "n", "e") are left out.
    func similarity(
        _ a: StatementFeatures, _ b: StatementFeatures, ignoring: Set<Character> = [], minContentWeight: Double? = nil
    ) -> Double {
        if a.termIDs.count == a.terms.count, b.termIDs.count == b.terms.count {
            return similarityOfIDs(a.termIDs, b.termIDs, ignoring: ignoring, minContentWeight: minContentWeight)
        }
        let shared = a.terms.intersection(b.terms).filter { !ignoring.contains($0.first!) }
        // Dates, numbers and quotations are as specific as words; names alone are not.
        let content = shared.filter(Self.isContent)
        // Two named participants in common ("Xi held talks with Lavrov" / "Xi met Lavrov") need only one
        // shared content word; otherwise names are everywhere in a story and prove nothing.
        let names = shared.filter { $0.hasPrefix("e:") }.count
        let (terms, needed) = names >= 2
            ? (1, (minContentWeight ?? minSharedContentWeight) / 4) : (minSharedContentTerms, minContentWeight ?? minSharedContentWeight)
        guard content.count >= terms, weight(content) >= needed else { return 0 }
        let left = weight(a.terms.filter { !ignoring.contains($0.first!) })
        let right = weight(b.terms.filter { !ignoring.contains($0.first!) })
        guard left > 0, right > 0 else { return 0 }
        let common = weight(shared)
        return (common / (left * right).squareRoot() + common / min(left, right)) / 2
    }

    /// `similarity` on ascending term ids: the same steps, with sums taken in the same order.
    private func similarityOfIDs(_ a: [Int], _ b: [Int], ignoring: Set<Character>, minContentWeight: Double?) -> Double {
        // Every term starts with an ASCII kind letter, so only ASCII letters of `ignoring` can match one.
        var ignored = [Bool](repeating: false, count: 128)
        for character in ignoring { if let byte = character.asciiValue { ignored[Int(byte)] = true } }
        let kept = { (id: Int) in !ignored[Int(self.kindOfID[id] & 0x7f)] || self.kindOfID[id] >= 0x80 }
        var (i, j) = (0, 0)
        var contentCount = 0
        var contentWeight = 0.0
        var names = 0
        var common = 0.0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1; continue }
            if a[i] > b[j] { j += 1; continue }
            let id = a[i]
            i += 1
            j += 1
            guard kept(id) else { continue }
            common += idfOfID[id]
            if isContentID[id] {
                contentCount += 1
                contentWeight += idfOfID[id]
            }
            if isEntity(id) { names += 1 }
        }
        let (terms, needed) = names >= 2
            ? (1, (minContentWeight ?? minSharedContentWeight) / 4) : (minSharedContentTerms, minContentWeight ?? minSharedContentWeight)
        guard contentCount >= terms, contentWeight >= needed else { return 0 }
        var left = 0.0
        for id in a where kept(id) { left += idfOfID[id] }
        var right = 0.0
        for id in b where kept(id) { right += idfOfID[id] }
        guard left > 0, right > 0 else { return 0 }
        return (common / (left * right).squareRoot() + common / min(left, right)) / 2
    }

    /// The similarity for grouping into facts: statements that date their event differently are less
    /// likely to say the same thing (they may contradict each other, which conflicts report).
    package func factSimilarity(_ a: StatementFeatures, _ b: StatementFeatures) -> Double {
        let base = similarity(a, b)
        guard base > 0, !a.dates.isEmpty, !b.dates.isEmpty else { return base }
        let agree = a.dates.contains { x in b.dates.contains { ConflictFinder.compatible(x.date, $0.date) } }
        return agree ? base : base * dateDisagreementFactor
    }

    /// Words, dates, numbers and quotations say what happened; names and titles say who or where.
    static func isContent(_ term: String) -> Bool {
        !term.hasPrefix("e:") && !term.hasPrefix("p:") && !term.hasPrefix("t:")
    }

    /// Summed in sorted order: a set's order changes from run to run, and so would the last bits of a sum.
    func weight(_ terms: Set<String>) -> Double {
        terms.sorted().reduce(0) { $0 + (idf[$1] ?? 0) }
    }
}
