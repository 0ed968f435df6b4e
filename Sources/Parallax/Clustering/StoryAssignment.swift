/// Where `StoryIndex.add` put an article: the story's position in the index, and how similar it was.
package struct StoryAssignment: Sendable, Hashable {
    /// Position of the story in `StoryIndex.stories`.
    package let story: Int
    /// Cosine similarity to the story's centroid before the article joined (0 for a new story).
    package let similarity: Double
    /// Whether the article started the story.
    package let isNew: Bool
    /// Positions of the stories that merged into `story` as the article joined, in the order they merged (the
    /// story the article started first, when it started one that merged at once).
    package let merged: [Int]
    /// The story split in two after the article joined, if it did: the new story's position and the members that
    /// moved to it (the article among them when `story` is that position).
    package let split: StorySplit?

    package init(story: Int, similarity: Double, isNew: Bool, merged: [Int] = [], split: StorySplit? = nil) {
        self.story = story
        self.similarity = similarity
        self.isNew = isNew
        self.merged = merged
        self.split = split
    }
}
