import Parallax

/// A stored story as read: the live story's id and its articles' rows, in no particular order.
package struct StoredStoryRows: Sendable {
    package let story: StoryID
    package let articles: [StoredArticleRow]

    package init(story: StoryID, articles: [StoredArticleRow]) {
        self.story = story
        self.articles = articles
    }
}
