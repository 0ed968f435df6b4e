import Foundation

/// The extraction stage: `RawDocument` → `Article` for plain text and HTML. HTML goes through `HTMLExtractor`
/// (main text and page metadata); both paths then share boilerplate removal, metadata filling and wire detection.
///
/// Overview of Extraction/: `JSONLinesReader` turns feeds into `RawDocument`s; `ContentDecoder` turns bytes into
/// text; `PlainTextExtractor` splits paragraphs (`ParagraphSplitter`) and takes title and date; `BoilerplateCleaner`
/// applies the marker lists of `BoilerplateMarkers`; `WireDetector` finds credited agencies (`WireAgencies`,
/// `WireCreditPatterns`); `ArticleExtractor` ties them together for both formats.
package struct ArticleExtractor: Sendable {
    /// The settings shared by both paths.
    package struct Configuration: Sendable {
        /// Decoding, paragraphs, boilerplate, wire and title settings; the HTML path uses its cleaner and wires.
        package var text: PlainTextExtractor.Configuration
        /// How HTML pages are reduced to their main text and metadata.
        package var html: HTMLExtractor.Configuration

        package init(text: PlainTextExtractor.Configuration = .default, html: HTMLExtractor.Configuration = .default) {
            self.text = text
            self.html = html
        }

        /// The plain-text and HTML extractors' defaults.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration
    private let html: HTMLExtractor
    private let plainText: PlainTextExtractor

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        self.html = HTMLExtractor(configuration: configuration.html)
        self.plainText = PlainTextExtractor(configuration: configuration.text)
    }

    package func extract(_ raw: RawDocument) -> Article {
        // A record that declares a title and has no body is a headline: the assembler reads the title as its text.
        if raw.declared.title != nil, raw.bytes.allSatisfy(ExtractionText.isASCIIWhitespace) {
            return plainText.assembler.assemble(raw, paragraphs: [], found: ArticleMetadata(), diagnostics: [], detectTitle: false)
        }
        switch raw.format {
        case .plainText:
            return plainText.extract(raw)
        case .html:
            let page = html.extract(bytes: raw.bytes, origin: raw.origin)
            let paragraphs = page.text.components(separatedBy: "\n\n")
                .map(ExtractionText.collapsingWhitespace)
                .filter { !$0.isEmpty }
            return plainText.assembler.assemble(
                raw, paragraphs: paragraphs, found: page.metadata, diagnostics: page.diagnostics, detectTitle: false
            )
        }
    }
}
