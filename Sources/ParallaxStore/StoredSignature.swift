import Parallax

/// One stored article as the online index replays it: its clustering features and the story it was forced into.
public struct StoredSignature: Sendable {
    public let features: ArticleFeatures
    public let forcedStory: Int?
    /// The story the article is in now.
    public let story: Int
    /// The article's place in ingest order.
    public let sequence: Int64

    public init(features: ArticleFeatures, forcedStory: Int?, story: Int, sequence: Int64) {
        self.sequence = sequence
        self.features = features
        self.forcedStory = forcedStory
        self.story = story
    }
}
