/// What the headline rule reads of one article: its id, title, publication date and opening text. A stored story
/// gives these from its rows, so a story list and the brief head a story with the same words.
package struct HeadlineSource: Sendable {
    package let article: ArticleID
    package let title: String?
    package let published: CalendarDate?
    /// The start of the article's text: its first `openingLength` Unicode scalars, all the rule reads.
    package let opening: String

    /// How much of the text the rule reads: enough for the first sentences, and what a store reads with SQL's
    /// `substr`, which counts Unicode scalars.
    package static let openingLength = 2_000

    package init(article: ArticleID, title: String?, published: CalendarDate?, opening: String) {
        self.article = article
        self.title = title
        self.published = published
        self.opening = String(String.UnicodeScalarView(opening.unicodeScalars.prefix(Self.openingLength)))
    }

    package init(_ analyzed: AnalyzedArticle) {
        let metadata = analyzed.article.metadata
        self.init(article: analyzed.id, title: metadata.title, published: metadata.published, opening: analyzed.article.text)
    }
}
