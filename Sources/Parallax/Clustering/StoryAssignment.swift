/// Where `StoryIndex.add` put an article: the story's position in the index, and how similar it was.
public struct StoryAssignment: Sendable, Hashable {
    /// Position of the story in `StoryIndex.stories`.
    public let story: Int
    /// Cosine similarity to the story's centroid before the article joined (0 for a new story).
    public let similarity: Double
    /// Whether the article started the story.
    public let isNew: Bool
    /// Positions of the stories that merged into `story` as the article joined, in the order they merged (the
    /// story the article started first, when it started one that merged at once).
    public let merged: [Int]
    /// The story split in two after the article joined, if it did: the new story's position and the members that
    /// moved to it (the article among them when `story` is that position).
    public let split: StorySplit?

    public init(story: Int, similarity: Double, isNew: Bool, merged: [Int] = [], split: StorySplit? = nil) {
        self.story = story
        self.similarity = similarity
        self.isNew = isNew
        self.merged = merged
        self.split = split
    }
}
