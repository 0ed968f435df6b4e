import Foundation

/// The extraction stage: `RawDocument` → `Article` for plain text and HTML. HTML goes through a pluggable step
/// (the project's HTML extractor, or `TagStripper` by default); both paths then share boilerplate removal,
/// metadata filling and wire detection.
///
/// Overview of Extraction/: `JSONLinesReader` turns feeds into `RawDocument`s; `ContentDecoder` turns bytes into
/// text; `PlainTextExtractor` splits paragraphs (`ParagraphSplitter`) and takes title and date; `BoilerplateCleaner`
/// applies the marker lists of `BoilerplateMarkers`; `WireDetector` finds credited agencies (`WireAgencies`,
/// `WireCreditPatterns`); `ArticleExtractor` ties them together for both formats.
public struct ArticleExtractor: Sendable {
    /// What the HTML step returns: the main text as paragraphs joined by "\n\n", the metadata the page states,
    /// and diagnostics. The step decodes `raw.bytes` itself.
    public typealias HTMLStep = @Sendable (RawDocument) -> (text: String, metadata: ArticleMetadata, diagnostics: [Diagnostic])

    /// The settings shared by both paths.
    public struct Configuration: Sendable {
        /// Decoding, paragraphs, boilerplate, wire and title settings; the HTML path uses its cleaner and wires.
        public var text: PlainTextExtractor.Configuration

        public init(text: PlainTextExtractor.Configuration = .default) {
            self.text = text
        }

        /// The plain-text extractor's defaults.
        public static let `default` = Configuration()
    }

    public let configuration: Configuration
    private let html: HTMLStep
    private let plainText: PlainTextExtractor

    /// `html` turns an HTML document into text and metadata; by default the small `TagStripper`.
    public init(configuration: Configuration = .default, html: @escaping HTMLStep = { TagStripper().extract($0) }) {
        self.configuration = configuration
        self.html = html
        self.plainText = PlainTextExtractor(configuration: configuration.text)
    }

    public func extract(_ raw: RawDocument) -> Article {
        switch raw.format {
        case .plainText:
            return plainText.extract(raw)
        case .html:
            let page = html(raw)
            let paragraphs = page.text.components(separatedBy: "\n\n")
                .map(ExtractionText.collapsingWhitespace)
                .filter { !$0.isEmpty }
            return plainText.assembler.assemble(
                raw, paragraphs: paragraphs, found: page.metadata, diagnostics: page.diagnostics, detectTitle: false
            )
        }
    }
}
