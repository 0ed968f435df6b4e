/// Everything alignment derives from a story before grouping: statements, their features, the similarity
/// they are compared with, and the merged entities.
package struct AlignmentInput: Sendable {
    package let story: Story
    package let units: [StatementUnit]
    package let features: [StatementFeatures]
    package let similarity: StatementSimilarity
    let merge: EntityMerger.Result
    /// `candidatePairs` among the alignable units, which facts and conflicts both compare.
    private(set) var alignablePairs: [(Int, Int)] = []

    package init(_ input: Story, configuration: StoryAligner.Configuration) {
        let dateResolver = StoryDateResolver(weekdayReach: configuration.borrowedWeekdayReach)
        let story = dateResolver.resolve(input)
        let anchor = dateResolver.anchor(of: story.articles)
        let merge = EntityMerger().merge(story.articles)
        let splitter = ClauseSplitter(lexicon: configuration.lexicon)
        let extractor = StatementFeatureExtractor(lexicon: configuration.lexicon)
        let monthFinder = BareMonthFinder(lexicon: configuration.lexicon)
        var units: [StatementUnit] = []
        var features: [StatementFeatures] = []
        for (index, article) in story.articles.enumerated() {
            let articleUnits = splitter.statements(of: article, index: index)
            units += articleUnits
            features += extractor.features(
                of: articleUnits, in: article, entityOfMention: merge.mentionEntity[index], entities: merge.entities,
                extraDates: monthFinder.months(in: article, anchor: anchor))
        }
        let similarity = StatementSimilarity(features: features, minSharedContentWeight: configuration.minSharedContentWeight)
        for index in features.indices { features[index].termIDs = similarity.ids(of: features[index].terms) }
        self.story = story
        self.units = units
        self.features = features
        self.similarity = similarity
        self.merge = merge
        alignablePairs = candidatePairs(among: units.indices.filter { units[$0].isAlignable })
    }

    /// Pairs of units (first < second, of different articles) that share enough content terms: the only
    /// pairs whose similarity can be above zero, found through postings instead of comparing all pairs.
    func candidatePairs(among indices: [Int]) -> [(Int, Int)] {
        var postings = Array(repeating: [Int](), count: similarity.idfOfID.count)
        for unit in indices {
            for term in features[unit].termIDs where similarity.isContentID[term] { postings[term].append(unit) }
        }
        // Terms in a large share of the statements weigh too little to make a pair on their own, and a term in
        // more than 250 statements is the story's common vocabulary ("injured", "police"): sharing it says
        // nothing about sharing a fact. The fixed ceiling also keeps the pairs, and so alignment's cost, linear
        // in the story (a term in d statements proposes d²/2 pairs); stories of fewer than 1,255 alignable statements
        // are as before.
        let commonLimit = max(50, min(indices.count / 5, 250))
        var pairs: [(Int, Int)] = []
        // Shared content terms with each later unit, counted in place; `touched` lists the units counted.
        var shared = Array(repeating: 0, count: units.count)
        var touched: [Int] = []
        var entities = Array(repeating: [Int](), count: units.count)
        for unit in indices { entities[unit] = features[unit].termIDs.filter(similarity.isEntity) }
        // Units come article by article: a unit's partners start where its article's units end, found by binary
        // search in each (ascending) posting list, so the units of its own article are never walked.
        var articleEnd = Array(repeating: units.count, count: units.count)
        for unit in units.indices.reversed() where unit + 1 < units.count {
            articleEnd[unit] = units[unit + 1].article == units[unit].article ? articleEnd[unit + 1] : unit + 1
        }
        for unit in indices {
            for term in features[unit].termIDs where similarity.isContentID[term] {
                let list = postings[term]
                guard list.count <= commonLimit else { continue }
                for other in list[list.partitionPoint { $0 < articleEnd[unit] }...] {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            touched.sort()
            // One content word in common can be enough when two names are shared too (see StatementSimilarity).
            for other in touched where shared[other] >= 2 || (shared[other] == 1 && Self.sharedCount(entities[unit], entities[other]) >= 2) {
                pairs.append((unit, other))
            }
            for other in touched { shared[other] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }

    /// The number of ids two ascending id lists share.
    private static func sharedCount(_ left: [Int], _ right: [Int]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < left.count, j < right.count {
            if left[i] < right[j] {
                i += 1
            } else if left[i] > right[j] {
                j += 1
            } else {
                count += 1
                i += 1
                j += 1
            }
        }
        return count
    }
}
