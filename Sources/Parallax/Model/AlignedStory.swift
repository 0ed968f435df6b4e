/// A story whose statements are grouped across sources: agreement, single-source facts, contradictions,
/// merged entities and quotes, and a timeline.
public struct AlignedStory: Sendable {
    public let story: Story
    /// Facts supported by two or more sources, most supported first.
    public let corroborated: [Fact]
    /// Facts only one source states.
    public let unique: [Fact]
    public let conflicts: [Conflict]
    public let entities: [StoryEntity]
    public let quotes: [StoryQuote]
    public let timeline: [TimelineEntry]

    public init(
        story: Story, corroborated: [Fact], unique: [Fact], conflicts: [Conflict],
        entities: [StoryEntity], quotes: [StoryQuote], timeline: [TimelineEntry]
    ) {
        self.story = story
        self.corroborated = corroborated
        self.unique = unique
        self.conflicts = conflicts
        self.entities = entities
        self.quotes = quotes
        self.timeline = timeline
    }
}
