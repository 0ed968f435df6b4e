import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GRDB
import Testing

@Suite("A served store shared with an ingest process", .serialized)
struct SharedStoreServerTests {
    private static func articles(_ topics: Range<Int>, in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for topic in topics {
            for variant in 0..<3 {
                let text = SyntheticNews.text(topic: topic, variant: variant)
                try Data(text.utf8).write(to: folder.appendingPathComponent("t\(topic)-v\(variant).txt"))
            }
        }
        return folder
    }

    private static func storyCount(port: Int) async throws -> Int {
        let url = URL(string: "http://127.0.0.1:\(port)/api/stories?limit=200")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["stories"] as? [Any])?.count ?? -1
    }

    @Test("the server sees what another process ingested, still adds articles, and saves its snapshot on SIGTERM")
    func serveWhileIngesting() async throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let first = try Self.articles(0..<2, in: temporary.folder.appendingPathComponent("first"))
        let later = try Self.articles(2..<5, in: temporary.folder.appendingPathComponent("later"))
        #expect(try ParallaxBinary.run(["ingest", "--store", temporary.path, first.path], in: temporary.folder).status == 0)

        let port = 20_000 + Int.random(in: 0..<20_000)
        let server = try ParallaxBinary.start(["serve", "--store", temporary.path, "--port", "\(port)"], in: temporary.folder)
        defer { if server.isRunning { server.terminate() } }
        var before = -1
        for _ in 0..<200 where before < 0 {
            before = (try? await Self.storyCount(port: port)) ?? -1
            if before < 0 { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(before == 2)

        // Another process ingests while the server holds the store and has its story list cached.
        let ingest = try ParallaxBinary.run(["ingest", "--store", temporary.path, later.path], in: temporary.folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try await Self.storyCount(port: port) == 5)

        // The server's own index catches up before it adds: the post joins the story the other process stored.
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/articles")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["title": "t4", "text": SyntheticNews.text(topic: 4, variant: 7)])
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 201)
        #expect(try await Self.storyCount(port: port) == 5)

        server.terminate()
        server.waitUntilExit()
        let (articles, covered) = try await DatabaseQueue(path: temporary.path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? -1,
             try Int.fetchOne(db, sql: "SELECT articles FROM indexSnapshot") ?? -1)
        }
        #expect(articles == 16)
        #expect(covered == articles, "the snapshot saved at shutdown covers every article")
    }
}
