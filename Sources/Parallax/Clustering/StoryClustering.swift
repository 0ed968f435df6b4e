/// The stories found among articles, and the groups of related stories.
package struct StoryClustering: Sendable {
    /// Ordered by their first article (publication date, then id).
    package let stories: [Story]
    /// Every story is in exactly one group; ordered like their first stories.
    package let groups: [StoryGroup]

    package init(stories: [Story], groups: [StoryGroup]) {
        self.stories = stories
        self.groups = groups
    }
}
