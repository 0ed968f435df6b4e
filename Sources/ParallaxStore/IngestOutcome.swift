import Parallax

/// What ingesting one article did: the story it is in now and whether it started it.
public struct IngestOutcome: Hashable, Sendable {
    public let article: ArticleID
    public let story: StoryID
    public let startedStory: Bool
    /// How many stories merged into `story` because of it.
    public let mergedStories: Int

    public init(article: ArticleID, story: StoryID, startedStory: Bool, mergedStories: Int) {
        self.article = article
        self.story = story
        self.startedStory = startedStory
        self.mergedStories = mergedStories
    }
}
