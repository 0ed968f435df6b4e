import Foundation
import GRDB
import Parallax
import Testing

@Suite("Store survives kill -9", .serialized)
struct StoreCrashTests {
    private static let topics = 40
    private static let variants = 10

    /// Writes `topics × variants` distinct articles as text files into `folder/articles`.
    private static func writeArticles(in folder: URL) throws -> URL {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for topic in 0..<topics {
            for variant in 0..<variants {
                let text = SyntheticNews.text(topic: topic, variant: variant)
                try Data(text.utf8).write(to: articles.appendingPathComponent("t\(topic)-v\(variant).txt"))
            }
        }
        return articles
    }

    /// Integrity, and every stored article with all four of its rows and a live or merged story.
    private static func check(_ store: String) throws -> (integrity: String, articles: Int, incomplete: Int, foreignKeyViolations: Int) {
        let queue = try DatabaseQueue(path: store)
        return try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "",
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? -1,
                try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM article
                    WHERE id NOT IN (SELECT articleID FROM analysis) OR id NOT IN (SELECT articleID FROM signature)
                       OR id NOT IN (SELECT articleID FROM assignment)
                    """) ?? -1,
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            )
        }
    }

    @Test("killing ingest at any moment loses no committed article and leaves no partial one; a rerun stores the rest")
    func killAndResume() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let articles = try Self.writeArticles(in: temporary.folder)
        let total = Self.topics * Self.variants
        let arguments = ["ingest", "--store", temporary.path, articles.path]

        // Kill at three different points of a run: very early, after some commits, and later.
        var killedCounts: [Int] = []
        for threshold in [1, 40, 150] {
            let process = try ParallaxBinary.start(arguments, in: temporary.folder)
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, Date() < deadline {
                if FileManager.default.fileExists(atPath: temporary.path),
                   let counted = try? Self.check(temporary.path), counted.articles >= threshold + (killedCounts.last ?? 0) { break }
                usleep(2_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try Self.check(temporary.path)
            #expect(after.integrity == "ok")
            #expect(after.incomplete == 0, "an article without all its rows")
            #expect(after.foreignKeyViolations == 0)
            #expect(after.articles < total, "the run finished before it was killed")
            #expect(after.articles >= (killedCounts.last ?? 0), "a committed article was lost")
            killedCounts.append(after.articles)
        }

        let rerun = try ParallaxBinary.run(arguments, in: temporary.folder)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let finished = try Self.check(temporary.path)
        #expect(finished.integrity == "ok")
        #expect(finished.incomplete == 0)
        #expect(finished.articles == total)
        #expect(rerun.stdout.contains("\(total - killedCounts.last!) new article"), "\(rerun.stdout)")

        let again = try ParallaxBinary.run(arguments, in: temporary.folder)
        #expect(again.status == 0)
        #expect(try Self.check(temporary.path).articles == total)
        #expect(again.stdout.contains("0 new articles"), "\(again.stdout)")
    }

    @Test("two ingest processes started at once on a new store both finish, and every article is stored whole")
    func concurrentProcesses() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let articles = try Self.writeArticles(in: temporary.folder)
        // Each process takes every other topic, so both write throughout and their stories interleave.
        var halves: [URL] = []
        for half in 0..<2 {
            let folder = temporary.folder.appendingPathComponent("half\(half)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for topic in stride(from: half, to: Self.topics, by: 2) {
                for variant in 0..<Self.variants {
                    let name = "t\(topic)-v\(variant).txt"
                    try FileManager.default.copyItem(at: articles.appendingPathComponent(name), to: folder.appendingPathComponent(name))
                }
            }
            halves.append(folder)
        }
        let processes = try halves.map { try ParallaxBinary.start(["ingest", "--store", temporary.path, $0.path], in: temporary.folder) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let after = try Self.check(temporary.path)
        #expect(after.integrity == "ok")
        #expect(after.incomplete == 0)
        #expect(after.articles == Self.topics * Self.variants)
        // A later run replays the interleaved store without complaint and finds everything stored.
        let again = try ParallaxBinary.run(["ingest", "--store", temporary.path, articles.path], in: temporary.folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 new articles"), "\(again.stdout)")
    }

    @Test("bad inputs are named on standard error with exit code 1, and the good ones are ingested")
    func badInput() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let folder = temporary.folder.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(SyntheticNews.text(topic: 1, variant: 1).utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02, 0x00, 0x9F] + Array(repeating: 0, count: 64)).write(to: folder.appendingPathComponent("binary.txt"))
        let line = try JSONSerialization.data(withJSONObject: ["id": "a", "text": SyntheticNews.text(topic: 2, variant: 0)])
        try (line + Data("\nnot json\n".utf8)).write(to: folder.appendingPathComponent("feed.jsonl"))
        let missing = temporary.folder.appendingPathComponent("missing.txt").path

        let result = try ParallaxBinary.run(["ingest", "--store", temporary.path, folder.path, missing], in: temporary.folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("binary.txt"), "\(result.stderr)")
        #expect(result.stderr.contains("feed.jsonl:2"), "\(result.stderr)")
        #expect(result.stderr.contains("missing.txt"), "\(result.stderr)")
        #expect(try Self.check(temporary.path).articles == 2)

        let listing = try ParallaxBinary.run(["stories", "--store", temporary.path, "--format", "json"], in: temporary.folder)
        #expect(listing.status == 0)
        let stories = try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]]
        #expect(stories?.count == 2)
    }

    @Test("stories on a store that does not exist fails with exit code 1 and names the file")
    func missingStore() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let result = try ParallaxBinary.run(["stories", "--store", temporary.path], in: temporary.folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains(temporary.path))
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
    }
}
