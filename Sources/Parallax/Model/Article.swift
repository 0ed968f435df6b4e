/// One article's main text, with boilerplate removed, and its metadata. Every later span points into `text`.
package struct Article: Sendable {
    package let id: ArticleID
    package let origin: String
    /// The main text; paragraphs separated by a blank line ("\n\n").
    package let text: String
    package let metadata: ArticleMetadata
    /// The wires the article credits, in order of first mention, one per agency.
    package let wires: [WireCredit]
    package let diagnostics: [Diagnostic]

    /// The outlet that published the article.
    package var outlet: Outlet { Outlet(publisher: metadata.publisher, url: metadata.url, article: id) }

    package init(
        id: ArticleID, origin: String, text: String, metadata: ArticleMetadata,
        wires: [WireCredit] = [], diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.origin = origin
        self.text = text
        self.metadata = metadata
        self.wires = wires
        self.diagnostics = diagnostics
    }

    /// The text a span of this article covers.
    package func text(of span: TextSpan) -> String {
        precondition(span.article == id, "span of another article")
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The span of a range of `text`.
    package func span(of range: Range<String.Index>) -> TextSpan {
        let utf8 = text.utf8
        return TextSpan(
            article: id,
            start: utf8.distance(from: utf8.startIndex, to: range.lowerBound),
            end: utf8.distance(from: utf8.startIndex, to: range.upperBound)
        )
    }
}
