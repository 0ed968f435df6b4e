import Foundation

/// An online story clusterer kept as a value: each new article joins the most similar story or starts one.
///
/// Articles are TF-IDF vectors whose document frequencies grow with the stream; a story is the centroid of its
/// members. Candidate stories come from an inverted index over the members' heaviest terms, so adding an article
/// costs about the same however many stories there are. The value can be stored and resumed later.
public struct StoryIndex: Sendable {
    public let configuration: StoryClusterer.Configuration
    public private(set) var stories: [StoryCentroid] = []
    public private(set) var documentCount = 0
    public private(set) var documentFrequency: [String: Int] = [:]
    /// Term → positions of the stories one of whose members has it among its heaviest terms.
    private var postings: [String: [Int]] = [:]
    /// Per story, the terms already in `postings`, so a story is listed once per term.
    private var postedTerms: [Set<String>] = []

    public init(configuration: StoryClusterer.Configuration = .default) {
        self.configuration = configuration
    }

    /// The smoothed inverse document frequency of a term in the collection seen so far.
    public func idf(_ term: String) -> Double {
        log(Double(documentCount + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1
    }

    /// Assigns the article to the story whose centroid is most similar (at or above the assignment threshold),
    /// or starts a new story.
    public mutating func add(_ article: ArticleFeatures) -> StoryAssignment {
        documentCount += 1
        for term in article.terms.keys { documentFrequency[term, default: 0] += 1 }
        let normalized = Self.normalized(article.terms)
        let (vector, heaviest) = weighted(normalized)
        var best: (story: Int, similarity: Double)?
        for story in candidates(heaviest) {
            refreshIfStale(story)
            let similarity = cosine(vector, story)
            if similarity >= configuration.assignmentThreshold,
               best == nil || similarity > best!.similarity {
                best = (story, similarity)
            }
        }
        if let best {
            join(best.story, article.id, normalized, heaviest, isFirst: false)
            return StoryAssignment(story: best.story, similarity: best.similarity, isNew: false)
        }
        stories.append(StoryCentroid(first: article.id))
        join(stories.count - 1, article.id, normalized, heaviest, isFirst: true)
        return StoryAssignment(story: stories.count - 1, similarity: 0, isNew: true)
    }

    /// Puts the article into a given story (a copy joins its original's story whatever its similarity).
    public mutating func add(_ article: ArticleFeatures, toStory story: Int) -> StoryAssignment {
        documentCount += 1
        for term in article.terms.keys { documentFrequency[term, default: 0] += 1 }
        let normalized = Self.normalized(article.terms)
        let (vector, heaviest) = weighted(normalized)
        refreshIfStale(story)
        let similarity = cosine(vector, story)
        join(story, article.id, normalized, heaviest, isFirst: false)
        return StoryAssignment(story: story, similarity: similarity, isNew: false)
    }

    /// Related stories: positions of stories linked (directly or through others) by centroid cosine at or above
    /// the group threshold; each group sorted, groups ordered by their first story.
    public func groups() -> [[Int]] {
        var parent = Array(stories.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        let centroids = stories.indices.map { centroidVector($0) }
        for story in stories.indices {
            let heaviest = Self.heaviestTerms(centroids[story], count: configuration.candidateTerms)
            for other in candidates(heaviest) where other < story {
                guard centroidCosine(centroids[story], centroids[other]) >= configuration.groupThreshold else { continue }
                let (a, b) = (root(story), root(other))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for story in stories.indices { byRoot[root(story), default: []].append(story) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    // MARK: - Vectors

    private static func normalized(_ terms: [String: Double]) -> [String: Double] {
        let norm = terms.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return terms.mapValues { $0 / norm }
    }

    /// The unit TF-IDF vector and its heaviest terms (ties broken by the term, so the order is deterministic).
    private func weighted(_ normalized: [String: Double]) -> ([String: Double], [String]) {
        var vector = normalized
        for (term, value) in normalized { vector[term] = value * idf(term) }
        let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { vector = vector.mapValues { $0 / norm } }
        return (vector, Self.heaviestTerms(vector, count: configuration.candidateTerms))
    }

    private static func heaviestTerms(_ vector: [String: Double], count: Int) -> [String] {
        vector.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
    }

    private func candidates(_ terms: [String]) -> [Int] {
        var found = Set<Int>()
        for term in terms { if let list = postings[term] { found.formUnion(list) } }
        return found.sorted()
    }

    private mutating func join(
        _ story: Int, _ id: ArticleID, _ normalized: [String: Double], _ heaviest: [String], isFirst: Bool
    ) {
        stories[story].add(id, normalizedTerms: normalized, isFirst: isFirst)
        let current = self
        stories[story].refreshNorm(idf: current.idf, documentCount: documentCount)
        if postedTerms.count <= story { postedTerms.append([]) }
        for term in heaviest where postedTerms[story].insert(term).inserted {
            postings[term, default: []].append(story)
        }
    }

    private mutating func refreshIfStale(_ story: Int) {
        let seen = stories[story].normDocumentCount
        if Double(documentCount - seen) > configuration.normRefreshGrowth * Double(max(seen, 1)) {
            let current = self
            stories[story].refreshNorm(idf: current.idf, documentCount: documentCount)
        }
    }

    private func cosine(_ vector: [String: Double], _ story: Int) -> Double {
        let centroid = stories[story]
        guard centroid.norm > 0 else { return 0 }
        var dot = 0.0
        for (term, value) in vector {
            if let sum = centroid.termSums[term] { dot += value * sum * idf(term) }
        }
        return dot / centroid.norm
    }

    private func centroidVector(_ story: Int) -> [String: Double] {
        var vector: [String: Double] = [:]
        for (term, value) in stories[story].termSums { vector[term] = value * idf(term) }
        return vector
    }

    private func centroidCosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (term, value) in small { if let other = large[term] { dot += value * other } }
        let normA = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let normB = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return normA > 0 && normB > 0 ? dot / (normA * normB) : 0
    }
}
