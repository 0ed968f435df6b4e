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
            in publication order as `parallax ingest` does, and added to a store: a temporary file, removed at \
            the end, unless --store names one (the Spark backfill loads PostgreSQL this way). Articles are read \
            as they arrive, so a long input needs no more memory than a short one. Each article gives a line {"article", \
            "stored", "story"}: its input id, its id in the store (another when another text held the id) and \
            its story after every later merge and split. Problem lines are copied to standard error.

            Example: parallax prepare < feed.jsonl | parallax assign --store news.sqlite
            """
    )

    @Option(name: .customLong("store"), help: ArgumentHelp("A store to add the articles to (default: one in memory).", valueName: "FILE|URL"))
    var given: String?

    func run() throws {
        // Without --store, a file rather than memory: a window of a backfill can hold a hundred thousand articles.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-assign-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let store: any ArticleStore
            if let given {
                store = try StoreOptions.open(given)
            } else {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                store = try SQLiteArticleStore(path: scratch.appendingPathComponent("store.sqlite").path)
            }
            let configuration = PipelineConfiguration.default
            var ingester = try StoreIngester(store: store, configuration: configuration.clustering)
            let analyzer = ArticleAnalyzer(configuration: configuration.analysis)
            var stored: [(article: String, stored: ArticleID)] = []
            var batch: [StoredArticleRow] = []
            func addBatch() throws {
                let articles = try batch.map { row in (row, try row.analyzed(in: "stdin")) }
                let arranged = IngestOrder.arranged(articles, analyzed: \.1)
                let candidates = arranged.map { row, analyzed in
                    StoreCandidate(analyzed.article, analyzed: analyzed, rawHash: row.rawHash, ingestedAt: row.ingestedAt)
                }
                for ((row, _), addition) in zip(arranged, try ingester.add(candidates, ingestedAt: Date(), analyze: analyzer.analyze)) {
                    switch addition {
                    case .stored(let outcome): stored.append((row.id, outcome.article))
                    case .alreadyStored(let id): stored.append((row.id, id))
                    }
                }
                batch.removeAll(keepingCapacity: true)
            }
            try PreparedRecord.eachOnStandardInput { record in
                if let problem = record.problem { Terminal.error(problem) }
                guard let row = record.row else { return }
                batch.append(row)
                if batch.count == IngestOrder.batchSize { try addBatch() }
            }
            try addBatch()
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
