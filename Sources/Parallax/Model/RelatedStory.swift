/// Another story of the same group, as a brief lists it under related coverage: its id, headline and size.
public struct RelatedStory: Hashable, Codable, Sendable {
    public let story: StoryID
    public let headline: String
    /// How many articles the related story has.
    public let articleCount: Int

    public init(story: StoryID, headline: String, articleCount: Int) {
        self.story = story
        self.headline = headline
        self.articleCount = articleCount
    }
}
