import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Parallax
import Testing
@testable import ParallaxServer

/// The in-memory repository with the real pipeline, fed the repository's invented Samples/ over the API.
@Suite("Pipeline-backed repository")
struct PipelineRepositoryTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static var hasSamples: Bool { FileManager.default.fileExists(atPath: samples.path) }

    private func application() -> some ApplicationProtocol {
        var logger = Logger(label: "parallax.server.tests")
        logger.logLevel = .error
        let repository = InMemoryStoryRepository(engine: PipelineStoryEngine())
        return Application(router: buildRouter(repository: repository), logger: logger)
    }

    @Test("Samples/ posted over the API cluster into stories whose pages cite real spans", .enabled(if: hasSamples))
    func samples() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).sorted()
        try await application().test(.router) { client in
            for file in files where file.hasSuffix(".txt") {
                let text = try String(contentsOf: Self.samples.appendingPathComponent(file), encoding: .utf8)
                _ = try await ServerHarness.post(client, ["id": String(file.dropLast(4)), "text": text])
            }
            let lines = try String(contentsOf: Self.samples.appendingPathComponent("feeds.jsonl"), encoding: .utf8)
            try await client.execute(
                uri: "/api/articles", method: .post, headers: ServerHarness.headers(["Content-Type": "application/x-ndjson"]),
                body: ByteBuffer(string: lines)) { response in
                #expect(response.status == .created)
            }
            let stories = try await client.execute(uri: "/api/stories", method: .get) { response in
                try #require(try ServerHarness.object(response)["stories"] as? [[String: Any]])
            }
            #expect(stories.count >= 2)
            let biggest = try #require(stories.max { ($0["articles"] as? Int ?? 0) < ($1["articles"] as? Int ?? 0) })
            let id = try #require(biggest["id"] as? String)
            #expect((biggest["articles"] as? Int ?? 0) >= 5)
            try await client.execute(uri: "/api/stories/\(PathEscaping.segment(id))", method: .get) { response in
                let document = try BriefDocument.decode(Data(response.body.readableBytesView))
                let brief = try #require(document.stories.first)
                #expect(!brief.summary.isEmpty)
                #expect(brief.sources.count == biggest["articles"] as? Int)
            }
            try await client.execute(uri: "/stories/\(PathEscaping.segment(id))", method: .get) { response in
                let html = ServerHarness.text(response)
                let targets = html.components(separatedBy: "class=\"cite\" href=\"#").dropFirst()
                    .map { String($0.prefix { $0 != "\"" }) }
                #expect(!targets.isEmpty)
                for target in Set(targets) {
                    #expect(html.contains("<span class=\"anchor\" id=\"\(target)\"></span>"), "\(target)")
                }
            }
        }
    }
}
