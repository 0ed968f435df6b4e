import Parallax

/// A stored story as read: the live story's id and its articles' rows, in no particular order.
public struct StoredStoryRows: Sendable {
    public let story: StoryID
    public let articles: [StoredArticleRow]

    public init(story: StoryID, articles: [StoredArticleRow]) {
        self.story = story
        self.articles = articles
    }
}
