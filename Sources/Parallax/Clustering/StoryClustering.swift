/// The stories found among articles, and the groups of related stories.
public struct StoryClustering: Sendable {
    /// Ordered by their first article (publication date, then id).
    public let stories: [Story]
    /// Every story is in exactly one group; ordered like their first stories.
    public let groups: [StoryGroup]

    public init(stories: [Story], groups: [StoryGroup]) {
        self.stories = stories
        self.groups = groups
    }
}
