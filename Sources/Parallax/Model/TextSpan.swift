/// A range of one article's text, in UTF-8 bytes: every output of Parallax points back to the input with these.
public struct TextSpan: Hashable, Comparable, Codable, Sendable {
    public let article: ArticleID
    /// Offset of the first byte in `Article.text.utf8`.
    public let start: Int
    /// Offset one past the last byte.
    public let end: Int

    public init(article: ArticleID, start: Int, end: Int) {
        precondition(start <= end, "a span ends before it starts")
        self.article = article
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool {
        article == other.article && start <= other.start && other.end <= end
    }

    public func overlaps(_ other: TextSpan) -> Bool {
        article == other.article && start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.article, lhs.start, lhs.end) < (rhs.article, rhs.start, rhs.end)
    }
}
