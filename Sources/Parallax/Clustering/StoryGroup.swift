/// Related stories (the same larger topic, e.g. two earthquakes in one region), by their ids.
package struct StoryGroup: Sendable, Hashable {
    /// "g-" and the hex of a fixed hash of the group's smallest story id.
    package let id: String
    /// Sorted.
    package let stories: [StoryID]

    package init(id: String, stories: [StoryID]) {
        self.id = id
        self.stories = stories
    }
}
