/// Where `StoryIndex.add` put an article: the story's position in the index, and how similar it was.
public struct StoryAssignment: Sendable, Hashable {
    /// Position of the story in `StoryIndex.stories`.
    public let story: Int
    /// Cosine similarity to the story's centroid before the article joined (0 for a new story).
    public let similarity: Double
    /// Whether the article started the story.
    public let isNew: Bool

    public init(story: Int, similarity: Double, isNew: Bool) {
        self.story = story
        self.similarity = similarity
        self.isNew = isNew
    }
}
