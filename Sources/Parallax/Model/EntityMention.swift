/// A name in one article ("Sergei Lavrov", "Lavrov", "Beijing") and the entity it names within that article.
public struct EntityMention: Hashable, Codable, Sendable {
    public let span: TextSpan
    /// The words as written.
    public let text: String
    public let kind: EntityKind
    /// The fullest form of the name in this article ("Lavrov" → "Sergei Lavrov"); the story merges across articles.
    public let canonical: String

    public init(span: TextSpan, text: String, kind: EntityKind, canonical: String) {
        self.span = span
        self.text = text
        self.kind = kind
        self.canonical = canonical
    }
}
