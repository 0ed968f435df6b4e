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
}
