/// The alignment stage: lines up what the sources of one story say.
///
/// `StoryAligner.align` resolves undated articles' dates against the story (`StoryDateResolver`), merges
/// entities across spellings (`EntityMerger`), cuts sentences into statements (`ClauseSplitter`), describes
/// them as weighted terms (`StatementFeatureExtractor`, `StatementSimilarity`), groups them into facts
/// without chaining (`AverageLinkGrouper`, `FactBuilder`), and finds conflicts (`ConflictFinder`), merged
/// quotes (`QuoteMerger`) and the timeline (`TimelineBuilder`). Word lists live in `AlignmentLexicon`.
package struct StoryAligner: Sendable {
    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// The story's statements grouped across sources, with conflicts, entities, quotes and a timeline.
    package func align(_ input: Story) -> AlignedStory {
        let prepared = AlignmentInput(input, configuration: configuration)
        let facts = FactBuilder(configuration: configuration).build(prepared)
        let quotes = QuoteMerger(containment: configuration.quoteContainment)
            .merge(prepared.story.articles, entities: prepared.merge.entities)
        let conflicts = ConflictFinder(configuration: configuration, similarity: prepared.similarity)
            .conflicts(ConflictFinder.Context(input: prepared), disputedQuotes: quotes.disputed)
        let timeline = TimelineBuilder(threshold: configuration.factThreshold)
            .build(units: prepared.units, features: prepared.features, similarity: prepared.similarity, facts: facts)
        return AlignedStory(
            story: prepared.story, corroborated: facts.corroborated, unique: facts.unique, conflicts: conflicts,
            // Names no evidence types as a person, place or organisation are left out of the story's entities:
            // most are sentence-initial words, headings or nicknames, and a reader acts on who is involved.
            entities: prepared.merge.entities.filter { $0.kind != .other }, quotes: quotes.quotes, timeline: timeline)
    }
}
