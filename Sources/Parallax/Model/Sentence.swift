/// One sentence of an article: its span and the range of the article's tokens it holds.
public struct Sentence: Hashable, Sendable {
    public let span: TextSpan
    /// Indices into `AnalyzedArticle.tokens`.
    public let tokens: Range<Int>
    /// Index of the paragraph (0-based) the sentence is in.
    public let paragraph: Int

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
