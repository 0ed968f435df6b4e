import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

/// `parallax assign`: a stream stage — `parallax prepare` lines in, in arrival order; each article assigned to a
/// story exactly as `parallax ingest` assigns it, without extracting or analyzing it again; one line per article
/// out with its final story.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign prepared articles (parallax prepare lines on standard input) to stories, as ingest does.",
        discussion: """
            The articles are taken in the order of standard input, in batches of \(IngestOrder.batchSize) put \
            in publication order as `parallax ingest` does, and added to a store: one in memory unless --store \
            names one (the Spark backfill loads PostgreSQL this way). Each article gives a line {"article", \
            "stored", "story"}: its input id, its id in the store (another when another text held the id) and \
            its story after every later merge and split. Problem lines are copied to standard error.

            Example: parallax prepare < feed.jsonl | parallax assign --store news.sqlite
            """
    )

    @Option(name: .customLong("store"), help: ArgumentHelp("A store to add the articles to (default: one in memory).", valueName: "FILE|URL"))
    var given: String?

    func run() throws {
        let records = try PreparedRecord.standardInput()
        for problem in records.compactMap(\.problem) { Terminal.error(problem) }
        do {
            let store: any ArticleStore = try given.map(StoreOptions.open) ?? SQLiteArticleStore.inMemory()
            let configuration = PipelineConfiguration.default
            var ingester = try StoreIngester(store: store, configuration: configuration.clustering)
            let analyzer = ArticleAnalyzer(configuration: configuration.analysis)
            var stored: [(article: String, stored: ArticleID)] = []
            let rows = records.compactMap(\.row)
            let articles = try rows.map { row in (row, try row.analyzed(in: "stdin")) }
            for batch in IngestOrder.batches(of: articles) {
                let arranged = IngestOrder.arranged(batch, analyzed: \.1)
                let candidates = arranged.map { row, analyzed in
                    StoreCandidate(analyzed.article, analyzed: analyzed, rawHash: row.rawHash, ingestedAt: row.ingestedAt)
                }
                for ((row, _), addition) in zip(arranged, try ingester.add(candidates, ingestedAt: Date(), analyze: analyzer.analyze)) {
                    switch addition {
                    case .stored(let outcome): stored.append((row.id, outcome.article))
                    case .alreadyStored(let id): stored.append((row.id, id))
                    }
                }
            }
            try ingester.saveIndexSnapshot()
            let storyOf = try store.storyOfArticles()
            var output = ""
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for (article, id) in stored {
                let line = ["article": article, "stored": id.rawValue, "story": storyOf[id]?.rawValue ?? ""]
                output += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
            Terminal.write(output, as: .json)
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
