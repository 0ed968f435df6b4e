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
            "title", "publisher", "published"), JSON (.json), Markdown (.md), RSS/Atom feeds (.xml, .rss, \
            .atom) and web archives (.warc, .warc.gz: each HTML response is an article).

            Unreadable inputs (binary, empty, bad JSON lines) are reported on standard error with the \
            file, the line and the reason; the rest is still processed, and the exit code is 1.

            With --one-story, all the articles read are one story (no clustering): for input known to be one story.

            With --story ID, briefs a story of the store (see `parallax ingest` and `parallax stories`) \
            instead of reading files.

            Examples:
              parallax brief Samples/
              parallax brief --store news.sqlite --story s-0bf32e34a272d317
              parallax brief --format markdown --sentences 3 articles/*.txt
              parallax brief --format json feed.jsonl > briefs.json
            """
    )

    @Argument(help: "Files or folders of articles.")
    var paths: [String] = []

    @Option(help: "Brief this stored story instead of reading files.")
    var story: String?

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: \(BriefFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: BriefFormat = .text

    @OptionGroup var pipeline: PipelineOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if story == nil && paths.isEmpty { throw ValidationError("give files or folders to read, or --story ID") }
        if story != nil && !paths.isEmpty { throw ValidationError("give either files or --story, not both") }
        if story != nil && pipeline.oneStory { throw ValidationError("--one-story is for files; a stored story is one story already") }
    }

    func run() throws {
        if let story { return try briefStored(story) }
        let read = ArticleSource(paths: paths).documents()
        let result = Pipeline(configuration: pipeline.configuration).run(read.documents)
        let diagnostics = read.diagnostics + result.diagnostics
        input.report(diagnostics, read: result.stories.reduce(0) { $0 + $1.story.articles.count }, 
                     stories: InputSummary.count(result.briefs.count, "story"))
        guard !result.briefs.isEmpty else {
            Terminal.error("no readable article in \(paths.joined(separator: " "))")
            throw ExitCode(1)
        }
        write(result.briefs)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    private func briefStored(_ id: String) throws {
        let configuration = pipeline.configuration
        let story = try StoredStoryLoader(store: store).story(id, configuration: configuration)
        write([Pipeline(configuration: configuration).brief(story).brief])
    }

    private func write(_ briefs: [Brief]) {
        let color = format == .text && Terminal.outputIsTerminal
        let output: Terminal.Output = format == .json ? .json : color ? .styled : .text
        Terminal.write(format.renderer(useColor: color).render(briefs), as: output)
    }
}
