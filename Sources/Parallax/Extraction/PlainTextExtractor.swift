/// Extracts an article from plain text: decodes the bytes, splits paragraphs, removes boilerplate, takes the
/// title from a short first line and the date from leading metadata lines, and finds wire credits.
package struct PlainTextExtractor: Sendable {
    /// The settings of every step, each with its own documented default.
    package struct Configuration: Sendable {
        package var decoder: ContentDecoder.Configuration
        package var paragraphs: ParagraphSplitter.Configuration
        package var cleaner: BoilerplateCleaner.Configuration
        package var wires: WireDetector.Configuration
        /// A first line with more words than this is body text, not a title.
        package var maxTitleWords: Int
        /// The paragraph after a title has at least this many words (a title followed by another short line is not one).
        package var minBodyWordsAfterTitle: Int

        package init(
            decoder: ContentDecoder.Configuration = .default, paragraphs: ParagraphSplitter.Configuration = .default,
            cleaner: BoilerplateCleaner.Configuration = .default, wires: WireDetector.Configuration = .default,
            maxTitleWords: Int = 20, minBodyWordsAfterTitle: Int = 12
        ) {
            self.decoder = decoder
            self.paragraphs = paragraphs
            self.cleaner = cleaner
            self.wires = wires
            self.maxTitleWords = maxTitleWords
            self.minBodyWordsAfterTitle = minBodyWordsAfterTitle
        }

        /// The steps' defaults; titles of at most 20 words, as headlines nearly always are.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration
    let assembler: ArticleAssembler

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        self.assembler = ArticleAssembler(
            cleaner: BoilerplateCleaner(configuration: configuration.cleaner),
            wires: WireDetector(configuration: configuration.wires),
            maxTitleWords: configuration.maxTitleWords,
            minBodyWordsAfterTitle: configuration.minBodyWordsAfterTitle
        )
    }

    package func extract(_ raw: RawDocument) -> Article {
        let decoded = ContentDecoder(configuration: configuration.decoder).decode(raw.bytes, origin: raw.origin, line: raw.line)
        guard let text = decoded.text else {
            return Article(id: raw.id, origin: raw.origin, text: "", metadata: raw.declared, diagnostics: decoded.diagnostics)
        }
        let paragraphs = ParagraphSplitter(configuration: configuration.paragraphs).paragraphs(text)
        return assembler.assemble(
            raw, paragraphs: paragraphs, found: ArticleMetadata(), diagnostics: decoded.diagnostics, detectTitle: true
        )
    }
}
