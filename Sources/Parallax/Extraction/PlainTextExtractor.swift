/// Extracts an article from plain text: decodes the bytes, splits paragraphs, removes boilerplate, takes the
/// title from a short first line and the date from leading metadata lines, and finds wire credits.
public struct PlainTextExtractor: Sendable {
    /// The settings of every step, each with its own documented default.
    public struct Configuration: Sendable {
        public var decoder: ContentDecoder.Configuration
        public var paragraphs: ParagraphSplitter.Configuration
        public var cleaner: BoilerplateCleaner.Configuration
        public var wires: WireDetector.Configuration
        /// A first line with more words than this is body text, not a title.
        public var maxTitleWords: Int
        /// The paragraph after a title has at least this many words (a title followed by another short line is not one).
        public var minBodyWordsAfterTitle: Int

        public init(
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
        public static let `default` = Configuration()
    }

    public let configuration: Configuration
    let assembler: ArticleAssembler

    public init(configuration: Configuration = .default) {
        self.configuration = configuration
        self.assembler = ArticleAssembler(
            cleaner: BoilerplateCleaner(configuration: configuration.cleaner),
            wires: WireDetector(configuration: configuration.wires),
            maxTitleWords: configuration.maxTitleWords,
            minBodyWordsAfterTitle: configuration.minBodyWordsAfterTitle
        )
    }

    public func extract(_ raw: RawDocument) -> Article {
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
