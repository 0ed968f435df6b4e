/// Related stories (the same larger topic, e.g. two earthquakes in one region), by their ids.
public struct StoryGroup: Sendable, Hashable {
    /// "g-" and the hex of a fixed hash of the group's smallest story id.
    public let id: String
    /// Sorted.
    public let stories: [StoryID]

    public init(id: String, stories: [StoryID]) {
        self.id = id
        self.stories = stories
    }
}
