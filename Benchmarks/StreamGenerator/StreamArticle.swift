/// One article of a generated stream: its id, its text and how it was made.
public struct StreamArticle: Sendable, Hashable {
    /// How an article of the stream was made.
    public enum Origin: String, Sendable, Hashable {
        /// A real benchmark text, unchanged.
        case real
        /// Paragraphs of several real texts spliced together, a few words changed.
        case composite
        /// An edited copy of an earlier article, planted at a target Jaccard.
        case copy
    }

    public let id: String
    public let text: String
    public let origin: Origin

    public init(id: String, text: String, origin: Origin) {
        self.id = id
        self.text = text
        self.origin = origin
    }
}
