import Foundation

/// An online story clusterer kept as a value: each new article joins the most similar story or starts one.
///
/// Articles are TF-IDF vectors whose document frequencies grow with the stream; a story is the centroid of its
/// members, kept as its `centroidTerms` heaviest terms. Terms are interned to dense ids, so everything per term
/// or per story is a flat array. Candidate stories come from an inverted index over the members' heaviest terms
/// that keeps, per term, only the `postingLimit` stories that used it last: adding an article compares it with
/// at most `candidateTerms × postingLimit` stories of at most `centroidTerms` terms each, however many articles
/// the index holds. The value can be stored and resumed later.
package struct StoryIndex: Sendable {
    package let configuration: StoryClusterer.Configuration
    package private(set) var stories: [StoryCentroid] = []
    /// The vocabulary and its document and name frequencies.
    var statistics: TermStatistics
    /// Term id → positions of the stories that last had the term among a member's heaviest terms, oldest first,
    /// at most `postingLimit` of them.
    private(set) var postings: PostingTable
    /// For each story position, the story it was merged into (itself while it is live).
    package private(set) var mergedInto: [Int] = []
    /// Term id → the current article's (or centroid's) weight times idf, negative for a name or number; zero
    /// elsewhere. A comparison with a centroid is one lookup per centroid term.
    private var scratch = TermWeightTable()
    /// Story position → the query that last listed it as a candidate, so candidates are listed once each.
    private var listedBy: [UInt32] = []
    private var query: UInt32 = 0
    /// How many stories all lookups so far listed as candidates (each compared once): the work of an addition,
    /// which the posting limit bounds however many articles the index holds.
    package private(set) var candidatesListed = 0
    /// Where the candidates' first reads go (see `touch`), so the optimizer keeps them.
    private var touched: UInt32 = 0
    /// Story position → its members' sketches, while splitting is on and the story is small enough to be tested.
    /// A one-member story has none: its centroid is its member's vector, so its sketch is taken from it when a
    /// second member joins (most stories of a long stream never get one).
    private(set) var sketches: [Int: StorySketches] = [:]
    /// Story position → how many members it had when last tested for a split (kept only beside its sketches).
    private(set) var testedAt: [Int: Int] = [:]

    package init(configuration: StoryClusterer.Configuration = .default) {
        self.configuration = configuration
        statistics = TermStatistics(idfExponent: configuration.idfExponent, backgroundDocuments: configuration.backgroundDocuments)
        postings = PostingTable(limit: configuration.postingLimit)
    }

    /// An index from its parts, as `StoryIndexSnapshot` decodes them (the parts are checked there).
    init(
        configuration: StoryClusterer.Configuration, statistics: TermStatistics, stories: [StoryCentroid], postings: PostingTable,
        mergedInto: [Int], sketches: [Int: StorySketches] = [:], testedAt: [Int: Int] = [:]
    ) {
        self.configuration = configuration
        self.statistics = statistics
        self.stories = stories
        self.postings = postings
        self.mergedInto = mergedInto
        self.sketches = sketches
        self.testedAt = testedAt
        listedBy = Array(repeating: 0, count: stories.count)
    }

    /// How many articles the index holds.
    package var documentCount: Int { statistics.documentCount }

    /// How many distinct terms the index has seen.
    package var vocabularySize: Int { statistics.termCount }

    /// The smoothed inverse document frequency of a term in the collection seen so far.
    package func idf(_ term: String) -> Double { statistics.idf(term) }

    /// Whether the term is mostly a name or number in the documents seen so far.
    package func isEntity(_ term: String) -> Bool { statistics.id(of: term).map(statistics.isEntity) ?? false }

    /// How many documents had the term.
    package func documentFrequency(of term: String) -> Int { statistics.documentFrequency(of: term) }

    /// The interned id of a term, nil when not seen (the index keeps terms as hashes, not their text).
    package func id(of term: String) -> UInt32? { statistics.id(of: term) }

    /// Assigns the article to the story whose centroid is most similar (at or above the assignment threshold),
    /// or starts a new story.
    package mutating func add(_ article: ArticleFeatures) -> StoryAssignment {
        let member = Int32(truncatingIfNeeded: documentCount)
        let normalized = Self.normalized(statistics.count(article))
        let (heaviest, squares) = loadScratch(normalized)
        let threshold = article.terms.count <= configuration.shortArticleTerms
            ? configuration.shortAssignmentThreshold : configuration.assignmentThreshold
        let day = Self.dayNumber(article.published)
        var best: (story: Int, similarity: Double)?
        for story in candidates(heaviest) {
            refreshIfStale(story)
            let similarity = scratchCosine(story, articleSquares: squares)
            guard similarity >= threshold || (similarity >= configuration.storylineThreshold && isOngoing(story, on: day))
            else { continue }
            if best == nil || similarity > best!.similarity || (similarity == best!.similarity && story < best!.story) {
                best = (story, similarity)
            }
        }
        if let best {
            join(best.story, member, normalized, heaviest, day: day, isFirst: false, isLong: isLong(termCount: article.terms.count))
            let (kept, merged) = mergeSimilar(best.story)
            return splittingIfApart(StoryAssignment(story: kept, similarity: best.similarity, isNew: false, merged: merged), member)
        }
        stories.append(StoryCentroid(first: member))
        mergedInto.append(stories.count - 1)
        listedBy.append(0)
        join(stories.count - 1, member, normalized, heaviest, day: day, isFirst: true, isLong: isLong(termCount: article.terms.count))
        let (kept, merged) = mergeSimilar(stories.count - 1)
        return splittingIfApart(StoryAssignment(story: kept, similarity: 0, isNew: true, merged: merged), member)
    }

    /// Puts the article into a given story (a copy joins its original's story whatever its similarity).
    package mutating func add(_ article: ArticleFeatures, toStory given: Int) -> StoryAssignment {
        let story = resolve(given)
        let member = Int32(truncatingIfNeeded: documentCount)
        let normalized = Self.normalized(statistics.count(article))
        let (heaviest, squares) = loadScratch(normalized)
        refreshIfStale(story)
        let similarity = scratchCosine(story, articleSquares: squares)
        join(story, member, normalized, heaviest, day: Self.dayNumber(article.published), isFirst: false,
             isLong: isLong(termCount: article.terms.count))
        let (kept, merged) = mergeSimilar(story)
        return splittingIfApart(StoryAssignment(story: kept, similarity: similarity, isNew: false, merged: merged), member)
    }

    /// Whether a story was told within `storylineDays` of a day (both dated): coverage that continues a storyline.
    private func isOngoing(_ story: Int, on day: Int32) -> Bool {
        let latest = stories[story].latestDay
        guard day != .min, latest != .min else { return false }
        return abs(Int(day) - Int(latest)) <= configuration.storylineDays
    }

    /// A date's day number, `Int32.min` for no date, one without a day, or one too far out to count in days.
    static func dayNumber(_ date: CalendarDate?) -> Int32 {
        guard let date, let month = date.month, let day = date.day, abs(date.year) < 1_000_000 else { return .min }
        return Int32(exactly: GregorianCalendar.dayNumber(year: date.year, month: month, day: day)) ?? .min
    }

    /// The live story a position now belongs to (stories merge when they grow alike).
    package func resolve(_ story: Int) -> Int {
        var story = story
        while mergedInto[story] != story { story = mergedInto[story] }
        return story
    }

    /// The positions of the stories not merged into another, in order.
    package var liveStories: [Int] { stories.indices.filter { mergedInto[$0] == $0 } }

    /// How many stories are not merged into another.
    package var liveStoryCount: Int { stories.indices.reduce(0) { $0 + (mergedInto[$1] == $1 ? 1 : 0) } }

    /// Related stories: positions of stories linked (directly or through others) by `grouping`, each story to its
    /// most similar stories; each group sorted, groups ordered by their first story. Compares exact centroids rebuilt
    /// from the members' features (`members`: live story position → the features of its articles, as added), not the
    /// bounded ones: the topic words a bound drops are what relate the stories of one topic (ECB+ topics 0.81 on
    /// bounded centroids against 0.97).
    package func groups(members: [Int: [ArticleFeatures]], _ grouping: StoryGrouping = .default) -> [[Int]] {
        var vectors = Array(repeating: [(term: UInt32, weight: Double, named: Bool)](), count: stories.count)
        for (story, articles) in members where story < stories.count {
            var sums: [UInt32: Double] = [:]
            for article in articles {
                let norm = article.terms.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard norm > 0 else { continue }
                for (term, value) in article.terms { if let id = statistics.id(of: term) { sums[id, default: 0] += value / norm } }
            }
            vectors[story] = weighted(sums.keys.sorted().map { ($0, sums[$0]!) })
        }
        return groups(vectors: vectors, grouping)
    }

    private func groups(vectors: [[(term: UInt32, weight: Double, named: Bool)]], _ grouping: StoryGrouping) -> [[Int]] {
        var sets = DisjointSets(count: stories.count)
        for story in stories.indices where mergedInto[story] == story {
            let heaviest = Self.heaviest(vectors[story].map { ($0.term, $0.weight) }, count: configuration.candidateTerms)
            var found = Set<Int>()
            for term in heaviest {
                for other in postings.stories(of: term) { found.insert(resolve(Int(other))) }
            }
            let scored = found.sorted().filter { $0 != story }.map {
                ($0, groupCosine(vectors[story], vectors[$0], contentShare: grouping.contentShare))
            }
            for other in grouping.links(scored) { sets.join(story, other) }
        }
        var byRoot: [Int: [Int]] = [:]
        for story in stories.indices where mergedInto[story] == story { byRoot[sets.root(story), default: []].append(story) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// The bytes the index's own arrays hold, part by part (estimated from counts and capacities).
    package var footprint: StoryIndexFootprint {
        let vocabulary = statistics.vocabulary.bytes
        let termCounts = statistics.countBytes + scratch.bytes
        let postingBytes = postings.bytes
        var centroidBytes = stories.capacity * MemoryLayout<StoryCentroid>.stride + mergedInto.capacity * 8 + listedBy.capacity * 4
        var memberBytes = 0
        for story in stories {
            if story.terms.capacity > 0 { centroidBytes += 32 + story.terms.capacity * MemoryLayout<CentroidTerm>.stride }
            if story.members.capacity > 0 { memberBytes += 32 + story.members.capacity * 4 }
        }
        return StoryIndexFootprint(
            terms: statistics.termCount, vocabularyBytes: vocabulary, termCountBytes: termCounts, postingBytes: postingBytes,
            centroidBytes: centroidBytes, memberBytes: memberBytes,
            sketchBytes: sketches.values.reduce(0) { $0 + $1.bytes } + Self.dictionaryBytes(sketches) + Self.dictionaryBytes(testedAt))
    }

    /// A dictionary's table: its capacity in keys and values, plus an occupancy bit each.
    private static func dictionaryBytes<Value>(_ dictionary: [Int: Value]) -> Int {
        dictionary.capacity == 0 ? 0 : 32 + dictionary.capacity * (8 + MemoryLayout<Value>.stride) + dictionary.capacity / 8
    }

    // MARK: - Vectors

    private static func normalized(_ terms: [(id: UInt32, weight: Double)]) -> [(id: UInt32, weight: Double)] {
        let norm = terms.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        guard norm > 0 else { return [] }
        return terms.map { ($0.id, $0.weight / norm) }
    }

    /// Writes the article's unit TF-IDF vector into the scratch table (names and numbers negative) and returns its
    /// heaviest terms and the squared norms of its name and topic-word parts.
    private mutating func loadScratch(
        _ normalized: [(id: UInt32, weight: Double)]
    ) -> (heaviest: [UInt32], squares: (entity: Double, content: Double)) {
        scratch.reset(expecting: normalized.count)
        var vector = normalized.map { (id: $0.id, weight: $0.weight * statistics.idf($0.id)) }
        let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        if norm > 0 { for index in vector.indices { vector[index].weight /= norm } }
        var entity = 0.0, content = 0.0
        for (id, value) in vector {
            let named = statistics.isEntity(id)
            if named { entity += value * value } else { content += value * value }
            // The centroid side's idf goes in here once, not once per candidate.
            let weight = value * statistics.idf(id)
            scratch.set(id, named ? -weight : weight)
        }
        return (Self.heaviest(vector, count: configuration.candidateTerms), (entity, content))
    }

    /// The ids of the `count` largest weights, ties broken by the smaller id so the order is deterministic.
    private static func heaviest(_ vector: [(id: UInt32, weight: Double)], count: Int) -> [UInt32] {
        heaviestEntries(vector, count: count).map(\.id)
    }

    /// The `count` largest weights of a vector, largest first, ties to the smaller id.
    static func heaviestEntries(
        _ vector: [(id: UInt32, weight: Double)], count: Int
    ) -> ArraySlice<(id: UInt32, weight: Double)> {
        vector.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }.prefix(count)
    }

    /// The live stories posted under the terms, each once.
    private mutating func candidates(_ terms: [UInt32]) -> [Int] {
        query &+= 1
        if query == 0 {
            for index in listedBy.indices { listedBy[index] = 0 }
            query = 1
        }
        var found: [Int] = []
        let postings = self.postings
        for term in terms {
            postings.forEachStory(term) { story in
                let live = resolve(Int(story))
                if listedBy[live] != query {
                    listedBy[live] = query
                    found.append(live)
                }
            }
        }
        touch(found)
        candidatesListed += found.count
        return found
    }

    /// Reads one word of every cache line of the candidates' centroids before they are compared. The loads are
    /// independent, so the processor fetches many lines at once; read inside the comparisons instead, each centroid
    /// costs a few serial cache misses, which is what made an add slower as the index outgrew the caches.
    private mutating func touch(_ found: [Int]) {
        var sum: UInt32 = 0
        for story in found {
            stories[story].terms.withUnsafeBufferPointer { terms in
                var index = 0
                while index < terms.count {
                    sum &+= terms[index].term
                    index += 8
                }
            }
        }
        touched = sum
    }

    /// Lists the story under the terms as their most recent user, dropping the oldest past the posting limit.
    private mutating func post(_ story: Int, under terms: [UInt32]) {
        postings.extend(to: statistics.termCount)
        for term in terms { postings.post(Int32(story), under: term) }
    }

    /// Merges the story with the most similar other story while their centroids are at least the merge threshold
    /// alike: a stream can start two stories for one event before the articles that link them arrive. Returns the
    /// story kept and the positions merged away, in order.
    private mutating func mergeSimilar(_ story: Int) -> (kept: Int, merged: [Int]) {
        var story = story
        var merged: [Int] = []
        while true {
            let loaded = loadCentroidScratch(story)
            let heaviest = Self.heaviest(loaded.map { ($0.id, abs($0.weight)) }, count: configuration.candidateTerms)
            var best: (story: Int, similarity: Double)?
            for other in candidates(heaviest) where other != story {
                refreshIfStale(other)
                let similarity = storyCosine(story, other)
                guard similarity >= configuration.mergeThreshold else { continue }
                if best == nil || similarity > best!.similarity || (similarity == best!.similarity && other < best!.story) {
                    best = (other, similarity)
                }
            }
            guard let best else { return (story, merged) }
            let (kept, gone) = (min(story, best.story), max(story, best.story))
            if configuration.splitting.isEnabled { mergeSketches(of: gone, into: kept) }
            stories[kept].absorb(stories[gone], limit: configuration.centroidTerms, nameShare: configuration.centroidNameShare,
            statistics: statistics)
            stories[gone].clear()
            mergedInto[gone] = kept
            stories[kept].refreshNorm(statistics: statistics)
            merged.append(gone)
            story = kept
        }
    }

    private mutating func join(
        _ story: Int, _ member: Int32, _ normalized: [(id: UInt32, weight: Double)], _ heaviest: [UInt32], day: Int32,
        isFirst: Bool, isLong: Bool
    ) {
        let splitting = configuration.splitting
        // Taken before the centroid changes: the first member's sketch is the one-member centroid's.
        let first = splitting.isEnabled && !isFirst && stories[story].members.count == 1 ? singleSketch(story) : nil
        stories[story].add(
            member, normalizedTerms: normalized, day: day, isFirst: isFirst, limit: configuration.centroidTerms, nameShare: configuration.centroidNameShare,
            statistics: statistics)
        stories[story].refreshNorm(statistics: statistics)
        post(story, under: heaviest)
        guard splitting.isEnabled, !isFirst else { return }
        if let first { sketches[story] = first }
        guard sketches[story] != nil else { return }
        let statistics = self.statistics
        sketches[story]!.append(
            StorySketches.heaviest(normalized, count: splitting.memberTerms, rank: { statistics.idf($0) }), isLong: isLong)
        if sketches[story]!.count > splitting.memberLimit {
            sketches[story] = nil
            testedAt[story] = nil
        }
    }

    // MARK: - Splitting

    /// Whether an article of this many terms is longer than a headline (a split needs long members).
    private func isLong(termCount: Int) -> Bool { termCount > configuration.shortArticleTerms }

    /// The sketches of a one-member story, from its centroid.
    private func singleSketch(_ story: Int) -> StorySketches {
        let (terms, statistics) = (stories[story].terms, self.statistics)
        return StorySketches(
            StorySketches.heaviest(
                terms.map { ($0.term, Double($0.sum)) }, count: configuration.splitting.memberTerms, rank: { statistics.idf($0) }),
            isLong: isLong(termCount: terms.count))
    }

    /// The sketches of a story: kept, or taken from the centroid of a one-member story; nil once dropped.
    private func storySketches(_ story: Int) -> StorySketches? {
        stories[story].members.count == 1 ? singleSketch(story) : sketches[story]
    }

    /// A merged story keeps both stories' sketches while it stays under the member limit (called before the merge).
    private mutating func mergeSketches(of gone: Int, into kept: Int) {
        let (own, moved) = (storySketches(kept), storySketches(gone))
        sketches[gone] = nil
        testedAt[gone] = nil
        guard var own, let moved, own.count + moved.count <= configuration.splitting.memberLimit else {
            sketches[kept] = nil
            testedAt[kept] = nil
            return
        }
        own.append(contentsOf: moved)
        sketches[kept] = own
    }

    /// Tests the story the article ended in, when it has grown enough since its last test, and splits it when its
    /// members form two events: the half holding the story's first member keeps the position, the other half
    /// starts a new story.
    private mutating func splittingIfApart(_ assignment: StoryAssignment, _ member: Int32) -> StoryAssignment {
        let story = assignment.story
        guard let packed = sketches[story], packed.count >= configuration.splitting.minimumMembers,
              Double(packed.count) >= Double(testedAt[story] ?? 0) * configuration.splitting.retestGrowth
        else { return assignment }
        testedAt[story] = packed.count
        let members = packed.sketches(members: stories[story].members)
        let statistics = self.statistics
        guard let labels = StorySplitter(configuration: configuration.splitting).split(members, idf: { statistics.idf($0) }) else {
            return assignment
        }
        let keepsFirst = !labels[0]
        let kept = zip(members, labels).filter { $0.1 != keepsFirst }.map(\.0)
        let moved = zip(members, labels).filter { $0.1 == keepsFirst }.map(\.0)
        let position = stories.count
        // Sketches keep no dates: both halves were told as late as the story they come from.
        let latestDay = stories[story].latestDay
        stories[story] = centroid(of: kept, latestDay: latestDay)
        stories.append(centroid(of: moved, latestDay: latestDay))
        mergedInto.append(position)
        listedBy.append(0)
        for sketch in moved {
            let weighted = sketch.terms.map { (id: $0.term, weight: Double($0.sum) * statistics.idf($0.term)) }
            post(position, under: Self.heaviest(weighted, count: configuration.candidateTerms))
        }
        sketches[story] = StorySketches(kept)
        sketches[position] = StorySketches(moved)
        testedAt[story] = kept.count
        testedAt[position] = moved.count
        let split = StorySplit(from: story, story: position, members: moved.map(\.member))
        return StoryAssignment(
            story: split.members.contains(member) ? position : story, similarity: assignment.similarity, isNew: assignment.isNew,
            merged: assignment.merged, split: split)
    }

    /// A story's centroid rebuilt from member sketches (the split halves are told by their members' heaviest terms).
    private func centroid(of members: [MemberSketch], latestDay: Int32) -> StoryCentroid {
        var centroid = StoryCentroid(first: members[0].member)
        for (offset, sketch) in members.enumerated() {
            centroid.add(
                sketch.member, normalizedTerms: sketch.terms.map { ($0.term, Double($0.sum)) }, day: latestDay, isFirst: offset == 0,
                limit: configuration.centroidTerms, nameShare: configuration.centroidNameShare, statistics: statistics)
        }
        centroid.refreshNorm(statistics: statistics)
        return centroid
    }

    private mutating func refreshIfStale(_ story: Int) {
        let seen = stories[story].normDocumentCount
        if Double(documentCount - seen) > configuration.normRefreshGrowth * Double(max(seen, 1)) {
            stories[story].refreshNorm(statistics: statistics)
        }
    }

    /// The similarity of the article in the scratch table to a story's centroid.
    private func scratchCosine(_ story: Int, articleSquares: (entity: Double, content: Double)) -> Double {
        guard stories[story].norm > 0 else { return 0 }
        let (entityNorm, contentNorm) = (stories[story].entityNorm, stories[story].contentNorm)
        let dots = stories[story].terms.withUnsafeBufferPointer { scratch.dots($0) }
        return blendedStorySimilarity(
            entityDot: dots.entity, contentDot: dots.content,
            entityNorms: (articleSquares.entity.squareRoot(), entityNorm),
            contentNorms: (articleSquares.content.squareRoot(), contentNorm),
            bothNamed: articleSquares.entity > 0 && entityNorm > 0)
    }

    /// Writes a story's centroid into the scratch table as sum × idf² (names and numbers negative), so comparing
    /// it with another centroid is one lookup per term of the other; returns the entries with sum × idf.
    private mutating func loadCentroidScratch(_ story: Int) -> [(id: UInt32, weight: Double)] {
        scratch.reset(expecting: stories[story].terms.count)
        var loaded: [(id: UInt32, weight: Double)] = []
        loaded.reserveCapacity(stories[story].terms.count)
        for entry in stories[story].terms {
            let idf = statistics.idf(entry.term)
            let weight = Double(entry.sum) * idf * idf
            scratch.set(entry.term, statistics.isEntity(entry.term) ? -weight : weight)
            loaded.append((entry.term, Double(entry.sum) * idf))
        }
        return loaded
    }

    /// The cosine of the story in the scratch table and another story, under the current idf and cached norms.
    private func storyCosine(_ loaded: Int, _ other: Int) -> Double {
        guard stories[loaded].norm > 0, stories[other].norm > 0 else { return 0 }
        let a = (entity: stories[loaded].entityNorm, content: stories[loaded].contentNorm)
        let b = (entity: stories[other].entityNorm, content: stories[other].contentNorm)
        let dots = stories[other].terms.withUnsafeBufferPointer { scratch.dots($0) }
        return blendedStorySimilarity(
            entityDot: dots.entity, contentDot: dots.content, entityNorms: (a.entity, b.entity),
            contentNorms: (a.content, b.content), bothNamed: a.entity > 0 && b.entity > 0)
    }

    private func blendedStorySimilarity(
        entityDot: Double, contentDot: Double, entityNorms: (Double, Double), contentNorms: (Double, Double), bothNamed: Bool
    ) -> Double {
        let split = SplitSimilarity(
            entityDot: entityDot, contentDot: contentDot, entityNorms: entityNorms, contentNorms: contentNorms)
        if bothNamed, split.entity < configuration.storyEntityFloor { return 0 }
        return Self.stable(split.blended(towards: split.entity, share: configuration.storyEntityShare))
    }

    /// Rounds a similarity to 1e-9, so the last bits of a sum never decide between two stories.
    private static func stable(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

    /// Id-sorted (id, sum) pairs as (id, sum × idf, is a name or number).
    private func weighted(_ sums: [(UInt32, Double)]) -> [(term: UInt32, weight: Double, named: Bool)] {
        sums.map { ($0.0, $0.1 * statistics.idf($0.0), statistics.isEntity($0.0)) }
    }

    /// The similarity of two stories for grouping: the full cosine moved towards the cosine of topic words.
    private func groupCosine(
        _ a: [(term: UInt32, weight: Double, named: Bool)], _ b: [(term: UInt32, weight: Double, named: Bool)],
        contentShare: Double
    ) -> Double {
        var entityDot = 0.0, contentDot = 0.0
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i].term < b[j].term { i += 1 } else if a[i].term > b[j].term { j += 1 } else {
                if a[i].named { entityDot += a[i].weight * b[j].weight } else { contentDot += a[i].weight * b[j].weight }
                i += 1
                j += 1
            }
        }
        let (entityA, contentA) = Self.partNorms(a), (entityB, contentB) = Self.partNorms(b)
        let split = SplitSimilarity(
            entityDot: entityDot, contentDot: contentDot, entityNorms: (entityA, entityB), contentNorms: (contentA, contentB))
        return Self.stable(split.blended(towards: split.content, share: contentShare))
    }

    private static func partNorms(_ vector: [(term: UInt32, weight: Double, named: Bool)]) -> (entity: Double, content: Double) {
        var entity = 0.0, content = 0.0
        for entry in vector { if entry.named { entity += entry.weight * entry.weight } else { content += entry.weight * entry.weight } }
        return (entity.squareRoot(), content.squareRoot())
    }
}
