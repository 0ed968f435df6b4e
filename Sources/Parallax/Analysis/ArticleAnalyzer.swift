/// The analysis stage: an `Article` in, an `AnalyzedArticle` out, with tokens and sentences from the Text stage,
/// then entities (`EntityRecognizer`), quotes with speakers (`QuoteExtractor`), numbers (`NumberExtractor`)
/// and dates (`DateExtractor`, resolved by `DateResolver` against the publication date when it is known).
package struct ArticleAnalyzer: Sendable {
    /// What the analysis can be tuned on.
    package struct Configuration: Sendable {
        /// How the Text stage splits sentences.
        package var sentenceSplitting: SentenceSplitter.Configuration
        /// Whether dates are resolved against `article.metadata.published`, else its `fetched` date (otherwise all
        /// stay unresolved).
        package var resolvesDatesAgainstPublication: Bool

        package init(sentenceSplitting: SentenceSplitter.Configuration = .default, resolvesDatesAgainstPublication: Bool = true) {
            self.sentenceSplitting = sentenceSplitting
            self.resolvesDatesAgainstPublication = resolvesDatesAgainstPublication
        }

        /// The Text stage's default sentence rules, and dates resolved against the publication date.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    package func analyze(_ article: Article) -> AnalyzedArticle {
        let segmentation = TextSegmenter(configuration: configuration.sentenceSplitting).segment(article.text, article: article.id)
        let text = AnalysisText(article: article.id, text: article.text, sentences: segmentation.sentences)
        let anchor = configuration.resolvesDatesAgainstPublication ? article.metadata.published ?? article.metadata.fetched : nil
        let dates = DateExtractor().extract(text, anchor: anchor)
        // A number inside a date ("April 8", "in 2023") is the date's, not a quantity.
        let dateSpans = SpanLookup(dates.map(\.span))
        let numbers = NumberExtractor().extract(text).filter { dateSpans.overlapping($0.span).isEmpty }
        let entities = EntityRecognizer().recognize(text)
        let quotes = QuoteExtractor().extract(text, entities: entities)
        return AnalyzedArticle(
            article: article, tokens: segmentation.tokens, sentences: segmentation.sentences, entities: entities,
            quotes: quotes, numbers: numbers, dates: dates)
    }
}
