import Parallax

/// What ingesting one article did: the story it is in now and whether it started it.
package struct IngestOutcome: Hashable, Sendable {
    package let article: ArticleID
    package let story: StoryID
    package let startedStory: Bool
    /// How many stories merged into `story` because of it.
    package let mergedStories: Int

    package init(article: ArticleID, story: StoryID, startedStory: Bool, mergedStories: Int) {
        self.article = article
        self.story = story
        self.startedStory = startedStory
        self.mergedStories = mergedStories
    }
}
