/// What a reader gets for one story; renderers turn it into text, Markdown, JSON or HTML without computing anything.
public struct Brief: Hashable, Codable, Sendable {
    public let story: StoryID
    public let headline: String
    public let summary: [SummarySentence]
    /// Facts by number of sources, most first.
    public let agreement: [Fact]
    public let uniqueFacts: [Fact]
    public let conflicts: [Conflict]
    public let quotes: [StoryQuote]
    public let entities: [StoryEntity]
    public let timeline: [TimelineEntry]
    public let copies: [CopyRelation]
    public let sources: [BriefSource]

    public init(
        story: StoryID, headline: String, summary: [SummarySentence], agreement: [Fact],
        uniqueFacts: [Fact], conflicts: [Conflict], quotes: [StoryQuote], entities: [StoryEntity],
        timeline: [TimelineEntry], copies: [CopyRelation], sources: [BriefSource]
    ) {
        self.story = story
        self.headline = headline
        self.summary = summary
        self.agreement = agreement
        self.uniqueFacts = uniqueFacts
        self.conflicts = conflicts
        self.quotes = quotes
        self.entities = entities
        self.timeline = timeline
        self.copies = copies
        self.sources = sources
    }
}
