/// One story inside a `StoryIndex`: its members and the sum of their length-normalized term frequencies.
public struct StoryCentroid: Sendable, Hashable {
    public private(set) var members: [ArticleID]
    /// Term → sum over members of the term's frequency divided by the member's frequency norm; idf is applied
    /// at comparison time, so early articles are not weighed with the idf of a tiny collection.
    public private(set) var termSums: [String: Double]
    /// The centroid's norm under the idf of `normDocumentCount` documents (cached: it changes slowly).
    var norm: Double = 0
    /// The norms of the centroid's name-and-number part and of its remaining (topic word) part, cached with `norm`.
    var entityNorm: Double = 0
    var contentNorm: Double = 0
    var normDocumentCount: Int = 0

    init(first: ArticleID) {
        members = [first]
        termSums = [:]
    }

    mutating func add(_ id: ArticleID, normalizedTerms: [String: Double], isFirst: Bool) {
        if !isFirst { members.append(id) }
        for (term, value) in normalizedTerms { termSums[term, default: 0] += value }
    }

    /// Takes in another story's members and terms (the two turned out to be one story).
    mutating func absorb(_ other: StoryCentroid) {
        members += other.members
        for (term, value) in other.termSums { termSums[term, default: 0] += value }
    }

    /// Empties a story that another absorbed.
    mutating func clear() {
        members = []
        termSums = [:]
        norm = 0
        entityNorm = 0
        contentNorm = 0
    }

    mutating func refreshNorm(idf: (String) -> Double, isEntity: (String) -> Bool, documentCount: Int) {
        var entitySum = 0.0, contentSum = 0.0
        for (term, value) in termSums {
            let weight = value * idf(term)
            if isEntity(term) { entitySum += weight * weight } else { contentSum += weight * weight }
        }
        norm = (entitySum + contentSum).squareRoot()
        entityNorm = entitySum.squareRoot()
        contentNorm = contentSum.squareRoot()
        normDocumentCount = documentCount
    }
}
