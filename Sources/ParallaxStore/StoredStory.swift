/// A story row: its position in the online index, its id and headline, and the story it merged into.
package struct StoredStory: Hashable, Sendable {
    package let position: Int
    package let id: String
    package let headline: String
    /// The position of the story that absorbed this one; nil while the story is live.
    package let mergedInto: Int?

    package init(position: Int, id: String, headline: String, mergedInto: Int?) {
        self.position = position
        self.id = id
        self.headline = headline
        self.mergedInto = mergedInto
    }
}
