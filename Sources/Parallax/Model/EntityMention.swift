/// A name in one article ("Sergei Lavrov", "Lavrov", "Beijing") and the entity it names within that article.
package struct EntityMention: Hashable, Codable, Sendable {
    package let span: TextSpan
    /// The words as written.
    package let text: String
    package let kind: EntityKind
    /// The fullest form of the name in this article ("Lavrov" → "Sergei Lavrov"); the story merges across articles.
    package let canonical: String

    package init(span: TextSpan, text: String, kind: EntityKind, canonical: String) {
        self.span = span
        self.text = text
        self.kind = kind
        self.canonical = canonical
    }
}
