import ArgumentParser
import Parallax
import ParallaxInput

/// `parallax brief PATH...`: the main job, from articles to one cited brief per story.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Read articles, group them into stories and write one consolidated, cited brief per story.",
        discussion: """
            PATH may be files or folders (read recursively): plain text (.txt), HTML (.html, .htm), \
            JSON Lines (.jsonl: one article per line with "text" or "html", and optional "id", "url", \
            "title", "publisher", "published") and RSS/Atom feeds (.xml, .rss, .atom).

            Unreadable inputs (binary, empty, bad JSON lines) are reported on standard error with the \
            file, the line and the reason; the rest is still processed, and the exit code is 1.

            Examples:
              parallax brief Samples/
              parallax brief --format markdown --sentences 3 articles/*.txt
              parallax brief --format json feed.jsonl > briefs.json
            """
    )

    @Argument(help: "Files or folders of articles.")
    var paths: [String]

    @Option(help: "Output format: \(BriefFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: BriefFormat = .text

    @OptionGroup var pipeline: PipelineOptions

    func run() throws {
        let input = ArticleSource(paths: paths).documents()
        let result = Pipeline(configuration: pipeline.configuration).run(input.documents)
        let diagnostics = input.diagnostics + result.diagnostics
        Terminal.report(diagnostics)
        guard !result.briefs.isEmpty else {
            Terminal.error("no readable article in \(paths.joined(separator: " "))")
            throw ExitCode(1)
        }
        Terminal.write(format.renderer(useColor: Terminal.outputIsTerminal).render(result.briefs))
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
