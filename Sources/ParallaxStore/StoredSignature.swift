import Parallax

/// One stored article as the online index replays it: its clustering features and the story it was forced into.
public struct StoredSignature: Sendable {
    public let features: ArticleFeatures
    public let forcedStory: Int?
    /// The story the article is in now.
    public let story: Int

    public init(features: ArticleFeatures, forcedStory: Int?, story: Int) {
        self.features = features
        self.forcedStory = forcedStory
        self.story = story
    }
}
