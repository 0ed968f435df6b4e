/// A passage between quotation marks: where the marks are and where the quoted words are.
struct QuotedPassage: Hashable, Sendable {
    /// Offset of the opening mark.
    let openStart: Int
    /// The quoted words, marks and surrounding spaces excluded.
    let contentStart: Int
    let contentEnd: Int
    /// Offset just past the closing mark (or the paragraph end for a quote continued in the next paragraph).
    let closeEnd: Int
}
