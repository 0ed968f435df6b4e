import ArgumentParser
import Foundation
import Parallax
import ParallaxInput
import ParallaxStore

/// `parallax ingest PATH...`: adds articles to the store, each joining a stored story or starting one.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the store: each one joins a stored story or starts a new one.",
        discussion: """
            PATH may be files or folders, read like `parallax brief` reads them. Each article is extracted, \
            analyzed, assigned to a story and committed whole (up to 32 share a transaction), so an \
            interrupted ingest loses only what it had not committed: \
            run it again and it stores the rest. An article already stored (same id, same text after \
            whitespace and case) is skipped.

            Unreadable inputs are reported on standard error with the file, the line and the reason; the \
            rest is still ingested, and the exit code is 1.

            Several workers may ingest into one store at once, on one machine (SQLite) or on several \
            (PostgreSQL): each reads, extracts and analyzes on its own, and story assignment is serialized \
            through the store, so the stories are those one worker makes for the order the articles committed \
            in. Given the same paths, `--shard K/N` makes N workers split the input instead of repeating it.

            Examples:
              parallax ingest Samples/
              parallax ingest --store news.sqlite feeds/*.jsonl
              parallax ingest --store postgres://parallax@db:5432/news --shard 2/4 archive/
              parallax stories --store news.sqlite
            """
    )

    @Argument(help: "Files or folders of articles.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp(
        "Take only share K of N of the input (by a hash of each input's id): N workers given the same paths split it.",
        valueName: "K/N"))
    var shard: Shard?

    @OptionGroup var input: InputOptions

    func run() throws {
        let configuration = PipelineConfiguration.default
        // Open the store first: a bad --store fails before any input is read.
        var ingester: StoreIngester
        do {
            ingester = try StoreIngester(store: try store.open(), configuration: configuration.clustering)
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        var read = ArticleSource(paths: paths).documents()
        if let shard { read.documents.removeAll { !shard.holds($0.id) } }
        let tally: IngestTally
        do {
            tally = try ingest(read.documents, into: &ingester, configuration: configuration)
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        // The next open resumes this snapshot instead of replaying every article; a store without one still opens.
        do {
            try ingester.saveIndexSnapshot()
        } catch let error as StoreError {
            Terminal.error("\(error.description) (the next open replays every article)")
        }
        let diagnostics = read.diagnostics + tally.diagnostics
        input.report(diagnostics, read: tally.stored + tally.alreadyStored, 
                     stories: InputSummary.count(tally.newStories, "new story"))
        Terminal.write("\(store.name): \(tally.summary)\n")
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// Extracts and analyzes the documents in batches on all cores, then admits and ingests them one by one in
    /// publication order within each batch; a document whose raw bytes are stored is skipped before extraction.
    private func ingest(
        _ documents: [RawDocument], into ingester: inout StoreIngester, configuration: PipelineConfiguration
    ) throws -> IngestTally {
        let pipeline = Pipeline(configuration: configuration)
        let progress = ProgressBar("Ingesting", total: documents.count)
        var tally = IngestTally()
        for batch in IngestOrder.batches(of: documents) {
            var pending: [RawDocument] = []
            for document in batch {
                if try ingester.storedID(of: document) != nil {
                    tally.alreadyStored += 1
                    progress.advance()
                } else {
                    pending.append(document)
                }
            }
            let prepared = IngestOrder.arranged(
                zip(pending, pipeline.prepare(pending)), analyzed: \.1.analyzed)
            var candidates: [StoreCandidate] = []
            for (document, prepared) in prepared {
                tally.diagnostics += prepared.article.diagnostics
                guard let analyzed = prepared.analyzed else {
                    tally.skipped += 1
                    progress.advance()
                    continue
                }
                candidates.append(StoreCandidate(prepared.article, analyzed: analyzed, document: document))
            }
            // An article renamed to keep its id unique is analyzed again under the new id.
            for addition in try ingester.add(candidates, ingestedAt: Date(), analyze: pipeline.analyze) {
                progress.advance()
                switch addition {
                case .alreadyStored:
                    tally.alreadyStored += 1
                case .stored(let outcome):
                    tally.stored += 1
                    if outcome.startedStory { tally.newStories += 1 }
                }
            }
            // A long ingest that is interrupted still leaves a recent snapshot; the run's last one is saved in `run`,
            // which reports a failure, so a failure here is left to it.
            if ingester.snapshotIsDue() { try? ingester.saveIndexSnapshot() }
        }
        progress.finish()
        return tally
    }
}
