import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Parallax
import Testing
@testable import ParallaxServer

/// Builds an application over a fresh in-memory repository and helpers to talk JSON to it without sockets.
enum ServerHarness {
    static func application(
        bodyLimit: Int = ServerConfiguration.defaultBodyLimit, writeToken: String? = nil
    ) -> some ApplicationProtocol {
        let clock = TestClock()
        let repository = InMemoryStoryRepository(engine: FakeStoryEngine(), clock: { clock.now() })
        // Quiet: the request log is one line per request, which would drown the test output.
        var logger = Logger(label: "parallax.server.tests")
        logger.logLevel = .error
        return Application(router: buildRouter(repository: repository, bodyLimit: bodyLimit, writeToken: writeToken), logger: logger)
    }

    /// Headers of a JSON write, with more fields when given ("Origin", "Authorization", a content type).
    static func headers(_ fields: [String: String] = [:]) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        for (name, value) in fields { headers[HTTPFields.Element.Name(name)!] = value }
        return headers
    }

    static var json: HTTPFields { headers() }

    static func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        return try #require(value as? [String: Any])
    }

    static func text(_ response: TestResponse) -> String {
        String(decoding: response.body.readableBytesView, as: UTF8.self)
    }

    /// Posts one article and returns the story it joined.
    static func post(_ client: some TestClientProtocol, _ article: [String: Any]) async throws -> String {
        try await client.execute(uri: "/api/articles", method: .post, headers: json, body: body(article)) { response in
            #expect(response.status == .created)
            let added = try object(response)["articles"] as? [[String: Any]]
            return try #require(added?.first?["story"] as? String)
        }
    }
}
