import Foundation
import Parallax
import ParallaxInput
import ParallaxPostgres
import ParallaxStore
import Testing

@Suite(
    "PostgreSQL store: several ingest workers, one killed", .serialized,
    .enabled(if: TestPostgres.server != nil, Comment(rawValue: TestPostgres.skipReason)))
struct PostgresWorkerTests {
    private static let topics = 30
    private static let variants = 8
    private static var total: Int { topics * variants }

    /// The synthetic articles as four JSON Lines files (id, title, publisher, published, text) in `folder/input`.
    private static func writeInput(in folder: URL) throws -> URL {
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var files = [String](repeating: "", count: 4)
        for topic in 0..<topics {
            for variant in 0..<variants {
                let article = SyntheticNews.article(topic: topic, variant: variant, id: "t\(topic)-v\(variant)")
                let line: [String: String] = [
                    "id": article.id.rawValue, "title": article.metadata.title ?? "", "publisher": article.metadata.publisher ?? "",
                    "published": article.metadata.published?.description ?? "", "text": article.text,
                ]
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                files[(topic + variant) % 4] += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
        }
        for (number, text) in files.enumerated() {
            try Data(text.utf8).write(to: input.appendingPathComponent("feed\(number).jsonl"))
        }
        return input
    }

    /// Each stored article's live story id, and the articles in the order they committed.
    private static func stories(of store: any ArticleStore) throws -> (storyOf: [ArticleID: String], order: [ArticleID]) {
        (try store.storyOfArticles().mapValues(\.rawValue), try store.signatures().map(\.features.id))
    }

    /// The partition of articles into stories, without the stories' ids.
    private static func partition(_ storyOf: [ArticleID: String]) -> Set<Set<ArticleID>> {
        Set(Dictionary(grouping: storyOf.keys, by: { storyOf[$0]! }).values.map(Set.init))
    }

    /// Counts the database's articles: all rows, distinct inputs, and articles missing any of their other rows.
    private static func counts(_ url: String) throws -> (articles: Int, distinct: Int, incomplete: Int) {
        let printed = try TestPostgres.psql(url, """
            SELECT COUNT(*), COUNT(DISTINCT source_id),
                   COUNT(*) FILTER (WHERE id NOT IN (SELECT article_id FROM analysis)
                                       OR id NOT IN (SELECT article_id FROM signature)
                                       OR id NOT IN (SELECT article_id FROM assignment))
            FROM article
            """)
        let numbers = printed.split(separator: "|").compactMap { Int($0) }
        guard numbers.count == 3 else { throw TestPostgresError(reason: "unexpected count: \(printed)") }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// Starts `count` workers on the input, each in its own folder; with `killFirstAfter`, the first is killed
    /// with SIGKILL once the store holds that many articles, then started again. Returns each worker's last exit.
    private static func runWorkers(
        _ count: Int, sharded: Bool, input: URL, url: String, in folder: URL, killFirstAfter threshold: Int? = nil
    ) throws -> [Int32] {
        func start(_ worker: Int) throws -> Process {
            let place = folder.appendingPathComponent("worker\(worker)")
            try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
            let shard = sharded ? ["--shard", "\(worker)/\(count)"] : []
            return try ParallaxBinary.start(["ingest", "--store", url] + shard + [input.path], in: place)
        }
        var workers = try (1...count).map(start)
        if let threshold {
            let deadline = Date().addingTimeInterval(300)
            while workers[0].isRunning, Date() < deadline, (try? counts(url).articles) ?? 0 < threshold { usleep(20_000) }
            #expect(workers[0].isRunning, "the first worker finished before it could be killed")
            kill(workers[0].processIdentifier, SIGKILL)
            workers[0].waitUntilExit()
            workers[0] = try start(1)
        }
        for worker in workers { worker.waitUntilExit() }
        return workers.map(\.terminationStatus)
    }

    /// The stories one worker in one process makes when the articles come in `order`, in an SQLite store: each
    /// article's story, and the story list.
    private static func replay(
        _ order: [ArticleID], input: URL, in folder: URL
    ) throws -> (storyOf: [ArticleID: String], list: [StorySummary]) {
        let configuration = PipelineConfiguration.default
        let extractor = ArticleExtractor(configuration: configuration.extraction)
        let analyzer = ArticleAnalyzer(configuration: configuration.analysis)
        let articles = Dictionary(
            uniqueKeysWithValues: ArticleSource(paths: [input.path]).documents().documents.map { document in
                let article = extractor.extract(document)
                return (article.id, article)
            })
        let store = try SQLiteArticleStore(path: folder.appendingPathComponent("replay.sqlite").path)
        var ingester = try StoreIngester(store: store, configuration: configuration.clustering)
        for id in order {
            _ = try ingester.add(try #require(articles[id]), ingestedAt: Date(), analyze: analyzer.analyze)
        }
        return (try stories(of: store).storyOf, try store.stories())
    }

    @Test("1, 2 and 4 workers, sharded or not, one killed with SIGKILL midway: every article stored once, stories as one worker makes them")
    func workersAgreeWithOneWorker() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let server = try #require(TestPostgres.server)
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let input = try Self.writeInput(in: temporary.folder)

        let single = try TestPostgres(server: server)
        defer { single.drop() }
        let singleFolder = temporary.folder.appendingPathComponent("single")
        #expect(try Self.runWorkers(1, sharded: false, input: input, url: single.url, in: singleFolder) == [0])
        #expect(try Self.counts(single.url) == (Self.total, Self.total, 0))
        let reference = try Self.stories(of: PostgresArticleStore(url: single.url, create: false))
        #expect(Self.partition(reference.storyOf).count == Self.topics, "the synthetic topics are not one story each")

        let runs: [(workers: Int, sharded: Bool, kill: Int?)] = [(2, true, 40), (4, true, nil), (2, false, 60)]
        for run in runs {
            let database = try TestPostgres(server: server)
            defer { database.drop() }
            let folder = temporary.folder.appendingPathComponent("run-\(run.workers)-\(run.sharded)")
            let statuses = try Self.runWorkers(
                run.workers, sharded: run.sharded, input: input, url: database.url, in: folder, killFirstAfter: run.kill)
            #expect(statuses.allSatisfy { $0 == 0 }, "\(run): exit statuses \(statuses)")
            #expect(try Self.counts(database.url) == (Self.total, Self.total, 0), "\(run): an article lost, stored twice or incomplete")

            let stored = try Self.stories(of: PostgresArticleStore(url: database.url, create: false))
            #expect(stored.order.count == Self.total)
            #expect(Self.partition(stored.storyOf) == Self.partition(reference.storyOf), "\(run): other stories than one worker's")
            let replayed = try Self.replay(stored.order, input: input, in: folder)
            #expect(replayed.storyOf == stored.storyOf, "\(run): the stories differ from one worker's for the same arrival order")
            // Both stores list the stories alike: ids, headlines by the brief's rule, counts, outlets and days.
            #expect(try PostgresArticleStore(url: database.url, create: false).stories(since: nil) == replayed.list, "\(run): the story lists differ")
        }
    }

    @Test("a store of the second schema gets its copy keys from the articles' texts: the keys ingest writes")
    func copyKeysMigration() throws {
        // Back to the second schema: no copy keys or stored sentences, migrations 3 and 4 not applied.
        try expectMigrationRefills(
            "SELECT COUNT(*) || ' ' || md5(string_agg(article_id || ':' || key, ',' ORDER BY article_id, key)) FROM copy_key",
            afterUndoing: "DROP TABLE copy_key; ALTER TABLE analysis DROP COLUMN sentences; DELETE FROM parallax_migration WHERE version >= 3")
    }

    @Test("a store of the third schema gets its sentences from the articles' texts: the sentences ingest writes")
    func sentencesMigration() throws {
        // Back to the third schema: no sentences, migration 4 not applied.
        try expectMigrationRefills(
            "SELECT COUNT(*) || ' ' || md5(string_agg(article_id || ':' || sentences, ',' ORDER BY article_id)) FROM analysis",
            afterUndoing: "ALTER TABLE analysis DROP COLUMN sentences; DELETE FROM parallax_migration WHERE version = 4")
    }

    /// Ingests the input with one worker, reads `digest` (a count and an md5 of what a migration fills), undoes
    /// the migration with `undo`, opens the store (which applies it again) and expects the same digest.
    private func expectMigrationRefills(_ digest: String, afterUndoing undo: String) throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let server = try #require(TestPostgres.server)
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let input = try Self.writeInput(in: temporary.folder)
        let database = try TestPostgres(server: server)
        defer { database.drop() }
        #expect(try Self.runWorkers(1, sharded: false, input: input, url: database.url, in: temporary.folder) == [0])
        let written = try TestPostgres.psql(database.url, digest)
        #expect(!written.hasPrefix("0 "))
        #expect(try TestPostgres.psql(database.url, "SELECT COUNT(*) FROM analysis WHERE sentences = '[]'") == "0")
        _ = try TestPostgres.psql(database.url, undo)
        _ = try PostgresArticleStore(url: database.url, create: false)
        #expect(try TestPostgres.psql(database.url, digest) == written)
    }

    @Test("a reading command refuses a database without a store, and messages never show the password")
    func readingAnEmptyDatabaseIsRefused() throws {
        let server = try #require(TestPostgres.server)
        let database = try TestPostgres(server: server)
        defer { database.drop() }
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let withPassword = database.url.replacingOccurrences(of: "postgres@", with: "postgres:hunter2@")
        let listing = try ParallaxBinary.run(["stories", "--store", withPassword], in: temporary.folder)
        #expect(listing.status == 1)
        #expect(listing.stderr.contains("no store in this database"), "\(listing.stderr)")
        #expect(!listing.stderr.contains("hunter2"))
        #expect(try TestPostgres.psql(database.url, "SELECT to_regclass('article') IS NULL") == "t", "a reading command made tables")
        let noUser = try ParallaxBinary.run(["stories", "--store", "postgres://127.0.0.1:1/news"], in: temporary.folder)
        #expect(noUser.status == 1)
        #expect(noUser.stderr.contains("names no user"), "\(noUser.stderr)")
    }
}
