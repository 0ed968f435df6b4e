/// One sentence of an article: its span and the range of the article's tokens it holds.
package struct Sentence: Hashable, Sendable {
    package let span: TextSpan
    /// Indices into `AnalyzedArticle.tokens`.
    package let tokens: Range<Int>
    /// Index of the paragraph (0-based) the sentence is in.
    package let paragraph: Int

    package init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
