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
    /// One entry per publication day, oldest first, when the story was told over several days; else empty.
    public let developments: [Development]
    public let copies: [CopyRelation]
    public let sources: [BriefSource]
    /// The other stories of this story's group (related coverage), largest first; empty when it has none.
    public let related: [RelatedStory]

    /// How many outlets published the story's articles (articles of one outlet count once).
    public var outletCount: Int { Set(sources.map(\.outlet.key)).count }

    public init(
        story: StoryID, headline: String, summary: [SummarySentence], agreement: [Fact],
        uniqueFacts: [Fact], conflicts: [Conflict], quotes: [StoryQuote], entities: [StoryEntity],
        timeline: [TimelineEntry], developments: [Development] = [], copies: [CopyRelation], sources: [BriefSource],
        related: [RelatedStory] = []
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
        self.developments = developments
        self.copies = copies
        self.sources = sources
        self.related = related
    }

    /// Reads a brief; one written before briefs listed related coverage or developments has none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        story = try container.decode(StoryID.self, forKey: .story)
        headline = try container.decode(String.self, forKey: .headline)
        summary = try container.decode([SummarySentence].self, forKey: .summary)
        agreement = try container.decode([Fact].self, forKey: .agreement)
        uniqueFacts = try container.decode([Fact].self, forKey: .uniqueFacts)
        conflicts = try container.decode([Conflict].self, forKey: .conflicts)
        quotes = try container.decode([StoryQuote].self, forKey: .quotes)
        entities = try container.decode([StoryEntity].self, forKey: .entities)
        timeline = try container.decode([TimelineEntry].self, forKey: .timeline)
        developments = try container.decodeIfPresent([Development].self, forKey: .developments) ?? []
        copies = try container.decode([CopyRelation].self, forKey: .copies)
        sources = try container.decode([BriefSource].self, forKey: .sources)
        related = try container.decodeIfPresent([RelatedStory].self, forKey: .related) ?? []
    }

    /// The same brief with its related coverage.
    public func relating(_ related: [RelatedStory]) -> Brief {
        Brief(
            story: story, headline: headline, summary: summary, agreement: agreement, uniqueFacts: uniqueFacts,
            conflicts: conflicts, quotes: quotes, entities: entities, timeline: timeline, developments: developments, copies: copies,
            sources: sources, related: related)
    }
}
