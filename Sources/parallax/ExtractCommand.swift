import ArgumentParser
import Foundation
import Parallax
import ParallaxInput

/// `parallax extract FILE...`: each article's main text and metadata, as every other command sees them.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each article's main text (boilerplate removed) or, with --format json, its text and metadata.",
        discussion: "Reads the same inputs as `parallax brief` and uses the same extractor."
    )

    /// How each article is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or folders: plain text, Markdown, HTML, JSON, JSON Lines, RSS/Atom feeds, web archives (.warc, .warc.gz).")
    var paths: [String]

    @Option(help: "Output format: text (the main text) or json (text plus all metadata).")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    func run() throws {
        let read = ArticleSource(paths: paths).documents()
        let extractor = ArticleExtractor(configuration: PipelineConfiguration.default.extraction)
        let articles = read.documents.map { extractor.extract($0) }
        let diagnostics = read.diagnostics + articles.flatMap(\.diagnostics)
        let readable = articles.filter { !$0.text.isEmpty }
        input.report(diagnostics, read: readable.count)
        switch format {
        case .text:
            Terminal.write(readable.map { "== \($0.id)\n\($0.text)\n" }.joined(separator: "\n"))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(readable.map(ExtractedArticle.init)), as: UTF8.self) + "\n", as: .json)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
