/// A story row: its position in the online index, its id and headline, and the story it merged into.
public struct StoredStory: Hashable, Sendable {
    public let position: Int
    public let id: String
    public let headline: String
    /// The position of the story that absorbed this one; nil while the story is live.
    public let mergedInto: Int?

    public init(position: Int, id: String, headline: String, mergedInto: Int?) {
        self.position = position
        self.id = id
        self.headline = headline
        self.mergedInto = mergedInto
    }
}
