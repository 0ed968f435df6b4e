import Parallax

/// Where the online index put an article, in the terms the store records in the article's transaction.
public struct StoreAssignment: Hashable, Sendable {
    /// The story the article is in now (its position in the index, after any merge).
    public let story: Int
    /// Cosine similarity to the story's centroid before the article joined (0 for a new story).
    public let similarity: Double
    /// The story the article started, when it started one (it may already have merged into `story`).
    public let created: NewStory?
    /// The story the article was forced into as a copy of a stored article.
    public let forcedStory: Int?
    /// Stories that merged into `story` when the article joined.
    public let merged: [Int]

    /// A story an article started: its position, id and headline.
    public struct NewStory: Hashable, Sendable {
        public let position: Int
        public let id: StoryID
        public let headline: String

        public init(position: Int, id: StoryID, headline: String) {
            self.position = position
            self.id = id
            self.headline = headline
        }
    }

    public init(story: Int, similarity: Double, created: NewStory? = nil, forcedStory: Int? = nil, merged: [Int] = []) {
        self.story = story
        self.similarity = similarity
        self.created = created
        self.forcedStory = forcedStory
        self.merged = merged
    }
}
