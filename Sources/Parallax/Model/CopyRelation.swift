/// One article that copies or rewrites another, with how much text they share.
public struct CopyRelation: Hashable, Codable, Sendable {
    /// How close the copy is.
    public enum Kind: String, Codable, Sendable {
        /// The same text after normalizing whitespace and case.
        case exact
        /// A copy with small edits (high Jaccard over word shingles).
        case nearDuplicate = "near-duplicate"
        /// A rewrite or partial copy: passages shared, the rest different.
        case rewrite
    }

    public let copy: ArticleID
    public let original: ArticleID
    public let kind: Kind
    /// Jaccard similarity of the two articles' word shingles.
    public let jaccard: Double

    public init(copy: ArticleID, original: ArticleID, kind: Kind, jaccard: Double) {
        self.copy = copy
        self.original = original
        self.kind = kind
        self.jaccard = jaccard
    }
}
