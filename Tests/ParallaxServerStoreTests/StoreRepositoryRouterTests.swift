import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Parallax
@testable import ParallaxServer
import ParallaxServerStore
import ParallaxStore
import Testing

/// The routes over the repository `parallax serve` runs, on a temporary SQLite store, driven without sockets:
/// the repository's invented Samples/ posted over the API.
@Suite("Store-backed repository")
struct StoreRepositoryRouterTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static var hasSamples: Bool { FileManager.default.fileExists(atPath: samples.path) }

    /// A fresh store in a temporary folder; the caller removes the folder.
    private static func temporaryStore() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("stories.sqlite").path)
    }

    private static func application(_ repository: some StoryRepository) -> some ApplicationProtocol {
        var logger = Logger(label: "parallax.server.tests")
        logger.logLevel = .error
        return Application(router: buildRouter(repository: repository), logger: logger)
    }

    private static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    private static func stories(_ client: some TestClientProtocol) async throws -> [[String: Any]] {
        try await client.execute(uri: "/api/stories", method: .get) { response in
            try #require(try object(response)["stories"] as? [[String: Any]])
        }
    }

    /// Posts Samples/ (the text files one by one, the feed items as one JSON Lines body).
    private static func postSamples(_ client: some TestClientProtocol) async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
        var json = HTTPFields()
        json[.contentType] = "application/json"
        for file in files where file.hasSuffix(".txt") {
            let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            let body = try JSONSerialization.data(withJSONObject: ["id": String(file.dropLast(4)), "text": text])
            try await client.execute(uri: "/api/articles", method: .post, headers: json, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .created)
            }
        }
        var lines = HTTPFields()
        lines[.contentType] = "application/x-ndjson"
        let feed = try String(contentsOf: samples.appendingPathComponent("feeds.jsonl"), encoding: .utf8)
        try await client.execute(uri: "/api/articles", method: .post, headers: lines, body: ByteBuffer(string: feed)) { response in
            #expect(response.status == .created)
        }
    }

    @Test("Samples/ posted over the API are stored as stories whose pages cite real spans", .enabled(if: hasSamples))
    func samples() async throws {
        let (folder, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try StoreStoryRepository(store: try SQLiteArticleStore(path: path))
        try await Self.application(repository).test(.router) { client in
            try await Self.postSamples(client)
            let stories = try await Self.stories(client)
            #expect(stories.count >= 2)
            let biggest = try #require(stories.max { ($0["articles"] as? Int ?? 0) < ($1["articles"] as? Int ?? 0) })
            let id = try #require(biggest["id"] as? String)
            #expect((biggest["articles"] as? Int ?? 0) >= 5)
            try await client.execute(uri: "/api/stories/\(PathEscaping.segment(id))", method: .get) { response in
                let brief = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let story = try #require((brief["stories"] as? [[String: Any]])?.first)
                #expect(!(story["summary"] as? [Any] ?? []).isEmpty)
                #expect((story["sources"] as? [Any])?.count == biggest["articles"] as? Int)
            }
            try await client.execute(uri: "/stories/\(PathEscaping.segment(id))", method: .get) { response in
                let html = String(decoding: response.body.readableBytesView, as: UTF8.self)
                let targets = html.components(separatedBy: "class=\"cite\" href=\"#").dropFirst()
                    .map { String($0.prefix { $0 != "\"" }) }
                #expect(!targets.isEmpty)
                for target in Set(targets) {
                    #expect(html.contains("<span class=\"anchor\" id=\"\(target)\"></span>"), "\(target)")
                }
            }
        }
    }

    @Test("a server started again on the store lists the same stories, and an article posted twice is stored once", .enabled(if: hasSamples))
    func restart() async throws {
        let (folder, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try StoreStoryRepository(store: try SQLiteArticleStore(path: path))
        let before = try await Self.application(first).test(.router) { client in
            try await Self.postSamples(client)
            return try await Self.stories(client).map { "\($0["id"] ?? "") \($0["articles"] ?? "") \($0["sources"] ?? "")" }
        }
        try await first.saveIndexSnapshot()
        let second = try StoreStoryRepository(store: try SQLiteArticleStore(path: path))
        try await Self.application(second).test(.router) { client in
            let count = try await second.articleCount()
            try await Self.postSamples(client)
            #expect(try await second.articleCount() == count)
            let after = try await Self.stories(client).map { "\($0["id"] ?? "") \($0["articles"] ?? "") \($0["sources"] ?? "")" }
            #expect(after == before)
        }
    }
}
