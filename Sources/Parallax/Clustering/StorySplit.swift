/// A story split in two by `StoryIndex`: where the second half went and which members it took.
package struct StorySplit: Sendable, Hashable {
    /// Position of the story that split (it keeps the half holding its first member).
    package let from: Int
    /// Position of the new story in `StoryIndex.stories`.
    package let story: Int
    /// Ordinals of the members that moved to it, in the order they joined.
    package let members: [Int32]

    package init(from: Int, story: Int, members: [Int32]) {
        self.from = from
        self.story = story
        self.members = members
    }
}
