/// A story whose statements are grouped across sources: agreement, single-source facts, contradictions,
/// merged entities and quotes, and a timeline.
package struct AlignedStory: Sendable {
    package let story: Story
    /// Facts supported by two or more sources, most supported first.
    package let corroborated: [Fact]
    /// Facts only one source states.
    package let unique: [Fact]
    package let conflicts: [Conflict]
    package let entities: [StoryEntity]
    package let quotes: [StoryQuote]
    package let timeline: [TimelineEntry]

    package init(
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
