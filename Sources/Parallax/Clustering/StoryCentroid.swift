/// One story inside a `StoryIndex`: its members and the heaviest terms of the sum of their length-normalized
/// term frequencies, as a bounded array sorted by term id.
package struct StoryCentroid: Sendable, Hashable {
    /// The members' ordinals in the index (0 for the first article added, 1 for the next, …).
    package private(set) var members: [Int32]
    /// At most `centroidTerms` terms, sorted by id: idf is applied at comparison time, so early articles are not
    /// weighed with the idf of a tiny collection.
    package private(set) var terms: [CentroidTerm] = []
    /// The centroid's norm under the idf of `normDocumentCount` documents (cached: it changes slowly).
    var norm: Double = 0
    /// The norms of the centroid's name-and-number part and of its remaining (topic word) part, cached with `norm`.
    var entityNorm: Double = 0
    var contentNorm: Double = 0
    var normDocumentCount: Int = 0
    /// The day number of its newest dated member (`Int32.min` while no member is dated): how recently it was told.
    package private(set) var latestDay: Int32 = .min

    init(first: Int32) { members = [first] }

    /// A centroid from its parts, as a snapshot holds them.
    init(
        members: [Int32], terms: [CentroidTerm], norm: Double, entityNorm: Double, contentNorm: Double, normDocumentCount: Int,
        latestDay: Int32
    ) {
        self.members = members
        self.latestDay = latestDay
        self.terms = terms
        self.norm = norm
        self.entityNorm = entityNorm
        self.contentNorm = contentNorm
        self.normDocumentCount = normDocumentCount
    }

    /// Adds a member's unit term vector (sorted by id) and keeps the `limit` heaviest terms.
    mutating func add(
        _ member: Int32, normalizedTerms: [(id: UInt32, weight: Double)], day: Int32, isFirst: Bool, limit: Int,
        nameShare: Double, statistics: TermStatistics
    ) {
        if !isFirst { members.append(member) }
        latestDay = max(latestDay, day)
        terms = Self.merged(terms, normalizedTerms.lazy.map { CentroidTerm(term: $0.id, sum: Float($0.weight)) })
        keepHeaviest(limit, nameShare: nameShare, statistics: statistics)
    }

    /// Takes in another story's members and terms (the two turned out to be one story).
    mutating func absorb(_ other: StoryCentroid, limit: Int, nameShare: Double, statistics: TermStatistics) {
        members += other.members
        latestDay = max(latestDay, other.latestDay)
        terms = Self.merged(terms, other.terms)
        keepHeaviest(limit, nameShare: nameShare, statistics: statistics)
    }

    /// Empties a story that another absorbed.
    mutating func clear() {
        members = []
        latestDay = .min
        terms = []
        norm = 0
        entityNorm = 0
        contentNorm = 0
    }

    mutating func refreshNorm(statistics: TermStatistics) {
        var entitySum = 0.0, contentSum = 0.0
        for entry in terms {
            let weight = Double(entry.sum) * statistics.idf(entry.term)
            if statistics.isEntity(entry.term) { entitySum += weight * weight } else { contentSum += weight * weight }
        }
        norm = (entitySum + contentSum).squareRoot()
        entityNorm = entitySum.squareRoot()
        contentNorm = contentSum.squareRoot()
        normDocumentCount = statistics.documentCount
    }

    /// The union of two id-sorted term lists, sums added where both have a term.
    static func merged<S: Sequence>(_ a: [CentroidTerm], _ b: S) -> [CentroidTerm] where S.Element == CentroidTerm {
        var result: [CentroidTerm] = []
        // The exact union size, so a centroid kept as merged holds no spare capacity for the terms both shared.
        result.reserveCapacity(unionCount(a, b))
        var i = 0
        for entry in b {
            while i < a.count, a[i].term < entry.term {
                result.append(a[i])
                i += 1
            }
            if i < a.count, a[i].term == entry.term {
                result.append(CentroidTerm(term: entry.term, sum: a[i].sum + entry.sum))
                i += 1
            } else {
                result.append(entry)
            }
        }
        result.append(contentsOf: a[i...])
        return result
    }

    private static func unionCount<S: Sequence>(_ a: [CentroidTerm], _ b: S) -> Int where S.Element == CentroidTerm {
        var count = a.count, i = 0
        for entry in b {
            while i < a.count, a[i].term < entry.term { i += 1 }
            if i < a.count, a[i].term == entry.term { i += 1 } else { count += 1 }
        }
        return count
    }

    /// Drops all but the `limit` terms of largest TF-IDF weight (ties kept by smaller id), keeping id order: a
    /// story is told by its heaviest terms, and a bound keeps its size and its comparisons flat as it grows.
    /// Names and numbers weigh several times a topic word, so at most `nameShare` of the places go to them: the
    /// topic words are what relate two stories of one topic.
    private mutating func keepHeaviest(_ limit: Int, nameShare: Double, statistics: TermStatistics) {
        guard terms.count > limit else { return }
        var names: [(index: Int, weight: Double)] = [], words: [(index: Int, weight: Double)] = []
        for (index, entry) in terms.enumerated() {
            let weighted = (index: index, weight: Double(entry.sum) * statistics.idf(entry.term))
            if statistics.isEntity(entry.term) { names.append(weighted) } else { words.append(weighted) }
        }
        let order: ((index: Int, weight: Double), (index: Int, weight: Double)) -> Bool = {
            $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index
        }
        names.sort(by: order)
        words.sort(by: order)
        let nameQuota = Int((Double(limit) * nameShare).rounded())
        let nameCount = min(names.count, max(nameQuota, limit - words.count))
        let kept = (names.prefix(nameCount).map(\.index) + words.prefix(limit - nameCount).map(\.index)).sorted()
        var result: [CentroidTerm] = []
        result.reserveCapacity(limit)
        for index in kept { result.append(terms[index]) }
        terms = result
    }
}
