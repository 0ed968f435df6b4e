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
    /// Term → how many documents had it as a name or number.
    public private(set) var entityFrequency: [String: Int] = [:]
    /// Term → positions of the stories one of whose members has it among its heaviest terms.
    private var postings: [String: [Int]] = [:]
    /// Per story, the terms already in `postings`, so a story is listed once per term.
    private var postedTerms: [Set<String>] = []

    /// For each story position, the story it was merged into (itself while it is live).
    public private(set) var mergedInto: [Int] = []

    public init(configuration: StoryClusterer.Configuration = .default) {
        self.configuration = configuration
    }

    /// The smoothed inverse document frequency of a term in the collection seen so far.
    public func idf(_ term: String) -> Double {
        pow(log(Double(documentCount + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1, configuration.idfExponent)
    }

    /// Whether the term is mostly a name or number in the documents seen so far.
    public func isEntity(_ term: String) -> Bool {
        guard let named = entityFrequency[term] else { return false }
        return 2 * named >= (documentFrequency[term] ?? 0)
    }

    private mutating func count(_ article: ArticleFeatures) {
        documentCount += 1
        for term in article.terms.keys { documentFrequency[term, default: 0] += 1 }
        for term in article.entities { entityFrequency[term, default: 0] += 1 }
    }

    /// Assigns the article to the story whose centroid is most similar (at or above the assignment threshold),
    /// or starts a new story.
    public mutating func add(_ article: ArticleFeatures) -> StoryAssignment {
        count(article)
        let normalized = Self.normalized(article.terms)
        let (vector, heaviest) = weighted(normalized)
        var best: (story: Int, similarity: Double)?
        let threshold = article.terms.count <= configuration.shortArticleTerms
            ? configuration.shortAssignmentThreshold : configuration.assignmentThreshold
        for story in candidates(heaviest) {
            refreshIfStale(story)
            let similarity = cosine(vector, story)
            if similarity >= threshold,
               best == nil || similarity > best!.similarity {
                best = (story, similarity)
            }
        }
        if let best {
            join(best.story, article.id, normalized, heaviest, isFirst: false)
            return StoryAssignment(story: mergeSimilar(best.story), similarity: best.similarity, isNew: false)
        }
        stories.append(StoryCentroid(first: article.id))
        mergedInto.append(stories.count - 1)
        postedTerms.append([])
        join(stories.count - 1, article.id, normalized, heaviest, isFirst: true)
        return StoryAssignment(story: mergeSimilar(stories.count - 1), similarity: 0, isNew: true)
    }

    /// Puts the article into a given story (a copy joins its original's story whatever its similarity).
    public mutating func add(_ article: ArticleFeatures, toStory given: Int) -> StoryAssignment {
        let story = resolve(given)
        count(article)
        let normalized = Self.normalized(article.terms)
        let (vector, heaviest) = weighted(normalized)
        refreshIfStale(story)
        let similarity = cosine(vector, story)
        join(story, article.id, normalized, heaviest, isFirst: false)
        return StoryAssignment(story: mergeSimilar(story), similarity: similarity, isNew: false)
    }

    /// The live story a position now belongs to (stories merge when they grow alike).
    public func resolve(_ story: Int) -> Int {
        var story = story
        while mergedInto[story] != story { story = mergedInto[story] }
        return story
    }

    /// The positions of the stories not merged into another, in order.
    public var liveStories: [Int] { stories.indices.filter { mergedInto[$0] == $0 } }

    /// Related stories: positions of stories linked (directly or through others), each story to its most similar
    /// stories (`groupNeighbors`) at or above the group threshold; each group sorted, groups ordered by their first story.
    public func groups() -> [[Int]] {
        var parent = Array(stories.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        let centroids = stories.indices.map { centroidVector($0) }
        for story in stories.indices where mergedInto[story] == story {
            let heaviest = Self.heaviestTerms(centroids[story], count: configuration.candidateTerms)
            let scored = candidates(heaviest).filter { $0 != story }.map { ($0, centroidCosine(centroids[story], centroids[$0])) }
            for other in GroupLinks.strongest(
                scored, threshold: configuration.groupThreshold, neighbors: configuration.groupNeighbors) {
                let (a, b) = (root(story), root(other))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for story in stories.indices where mergedInto[story] == story { byRoot[root(story), default: []].append(story) }
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
        for term in terms { if let list = postings[term] { for story in list { found.insert(resolve(story)) } } }
        return found.sorted()
    }

    /// Merges the story with the most similar other story while their centroids are at least the merge threshold
    /// alike: a stream can start two stories for one event before the articles that link them arrive.
    private mutating func mergeSimilar(_ story: Int) -> Int {
        var story = story
        while true {
            let heaviest = heaviestCentroidTerms(story)
            var best: (story: Int, similarity: Double)?
            for other in candidates(heaviest) where other != story {
                refreshIfStale(other)
                let similarity = storyCosine(story, other)
                if similarity >= configuration.mergeThreshold, best == nil || similarity > best!.similarity {
                    best = (other, similarity)
                }
            }
            guard let best else { return story }
            let (kept, gone) = (min(story, best.story), max(story, best.story))
            stories[kept].absorb(stories[gone])
            stories[gone].clear()
            mergedInto[gone] = kept
            let current = self
            stories[kept].refreshNorm(idf: current.idf, isEntity: current.isEntity, documentCount: documentCount)
            for term in postedTerms[gone] where postedTerms[kept].insert(term).inserted {
                postings[term, default: []].append(kept)
            }
            story = kept
        }
    }

    private mutating func join(
        _ story: Int, _ id: ArticleID, _ normalized: [String: Double], _ heaviest: [String], isFirst: Bool
    ) {
        stories[story].add(id, normalizedTerms: normalized, isFirst: isFirst)
        let current = self
        stories[story].refreshNorm(idf: current.idf, isEntity: current.isEntity, documentCount: documentCount)
        for term in heaviest where postedTerms[story].insert(term).inserted {
            postings[term, default: []].append(story)
        }
    }

    private mutating func refreshIfStale(_ story: Int) {
        let seen = stories[story].normDocumentCount
        if Double(documentCount - seen) > configuration.normRefreshGrowth * Double(max(seen, 1)) {
            let current = self
            stories[story].refreshNorm(idf: current.idf, isEntity: current.isEntity, documentCount: documentCount)
        }
    }

    private func cosine(_ vector: [String: Double], _ story: Int) -> Double {
        let centroid = stories[story]
        guard centroid.norm > 0 else { return 0 }
        var entityDot = 0.0, contentDot = 0.0, entitySquares = 0.0, contentSquares = 0.0
        for (term, value) in vector {
            let named = isEntity(term)
            if named { entitySquares += value * value } else { contentSquares += value * value }
            guard let sum = centroid.termSums[term] else { continue }
            if named { entityDot += value * sum * idf(term) } else { contentDot += value * sum * idf(term) }
        }
        let split = SplitSimilarity(
            entityDot: entityDot, contentDot: contentDot, entityNorms: (entitySquares.squareRoot(), centroid.entityNorm),
            contentNorms: (contentSquares.squareRoot(), centroid.contentNorm))
        if entitySquares > 0, centroid.entityNorm > 0, split.entity < configuration.storyEntityFloor { return 0 }
        return Self.stable(split.blended(towards: split.entity, share: configuration.storyEntityShare))
    }

    /// Rounds a similarity to 1e-9: sums over dictionaries run in a per-process order, and the last bits of a
    /// sum must not decide between two stories.
    private static func stable(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

    /// The cosine of two stories' centroids under the current idf, using their cached norms.
    private func storyCosine(_ a: Int, _ b: Int) -> Double {
        let (small, large) = stories[a].termSums.count <= stories[b].termSums.count
            ? (stories[a], stories[b]) : (stories[b], stories[a])
        guard small.norm > 0, large.norm > 0 else { return 0 }
        var entityDot = 0.0, contentDot = 0.0
        for (term, value) in small.termSums {
            if let other = large.termSums[term] {
                let weight = idf(term)
                if isEntity(term) { entityDot += value * other * weight * weight } else { contentDot += value * other * weight * weight }
            }
        }
        let split = SplitSimilarity(
            entityDot: entityDot, contentDot: contentDot, entityNorms: (small.entityNorm, large.entityNorm),
            contentNorms: (small.contentNorm, large.contentNorm))
        if small.entityNorm > 0, large.entityNorm > 0, split.entity < configuration.storyEntityFloor { return 0 }
        return Self.stable(split.blended(towards: split.entity, share: configuration.storyEntityShare))
    }

    /// A story's heaviest centroid terms, ties broken by the term.
    private func heaviestCentroidTerms(_ story: Int) -> [String] {
        var weighted: [(String, Double)] = []
        weighted.reserveCapacity(stories[story].termSums.count)
        for (term, value) in stories[story].termSums { weighted.append((term, value * idf(term))) }
        weighted.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return weighted.prefix(configuration.candidateTerms).map(\.0)
    }

    private func centroidVector(_ story: Int) -> [String: Double] {
        var vector: [String: Double] = [:]
        for (term, value) in stories[story].termSums { vector[term] = value * idf(term) }
        return vector
    }

    private func centroidCosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var entityDot = 0.0, contentDot = 0.0
        for (term, value) in small {
            if let other = large[term] { if isEntity(term) { entityDot += value * other } else { contentDot += value * other } }
        }
        let (entityA, contentA) = partNorms(a), (entityB, contentB) = partNorms(b)
        let split = SplitSimilarity(
            entityDot: entityDot, contentDot: contentDot, entityNorms: (entityA, entityB), contentNorms: (contentA, contentB))
        return Self.stable(split.blended(towards: split.content, share: configuration.groupContentShare))
    }

    private func partNorms(_ vector: [String: Double]) -> (entity: Double, content: Double) {
        var entity = 0.0, content = 0.0
        for (term, value) in vector { if isEntity(term) { entity += value * value } else { content += value * value } }
        return (entity.squareRoot(), content.squareRoot())
    }
}
