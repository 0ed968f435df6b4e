/// Everything alignment derives from a story before grouping: statements, their features, the similarity
/// they are compared with, and the merged entities.
struct AlignmentInput: Sendable {
    let story: Story
    let units: [StatementUnit]
    let features: [StatementFeatures]
    let similarity: StatementSimilarity
    let merge: EntityMerger.Result

    init(_ input: Story, configuration: StoryAligner.Configuration) {
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
        self.story = story
        self.units = units
        self.features = features
        self.similarity = StatementSimilarity(features: features, minSharedContentWeight: configuration.minSharedContentWeight)
        self.merge = merge
    }

    /// Pairs of units (first < second, of different articles) that share enough content terms: the only
    /// pairs whose similarity can be above zero, found through postings instead of comparing all pairs.
    func candidatePairs(among indices: [Int]) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        for unit in indices {
            for term in features[unit].terms where StatementSimilarity.isContent(term) { postings[term, default: []].append(unit) }
        }
        // Terms in a large share of the statements weigh too little to make a pair on their own.
        let commonLimit = max(50, indices.count / 5)
        var pairs: [(Int, Int)] = []
        for unit in indices {
            var shared: [Int: Int] = [:]
            for term in features[unit].terms where StatementSimilarity.isContent(term) {
                guard let list = postings[term], list.count <= commonLimit else { continue }
                for other in list where other > unit && units[other].article != units[unit].article {
                    shared[other, default: 0] += 1
                }
            }
            // One content word in common can be enough when two names are shared too (see StatementSimilarity).
            pairs += shared.filter { $0.value >= 2 || ($0.value == 1 && sharedNames(unit, $0.key) >= 2) }.keys.sorted().map { (unit, $0) }
        }
        return pairs
    }

    private func sharedNames(_ a: Int, _ b: Int) -> Int {
        features[a].terms.intersection(features[b].terms).filter { $0.hasPrefix("e:") }.count
    }
}
