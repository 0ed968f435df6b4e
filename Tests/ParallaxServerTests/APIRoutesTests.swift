import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import Testing
@testable import ParallaxServer

@Suite("API routes")
struct APIRoutesTests {
    @Test("health answers ok with the article count")
    func health() async throws {
        try await ServerHarness.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerHarness.object(response)
                #expect(body["status"] as? String == "ok")
                #expect(body["articles"] as? Int == 0)
            }
        }
    }

    @Test("posting one article returns its id and story; the brief and the article can be read back")
    func postAndRead() async throws {
        try await ServerHarness.application().test(.router) { client in
            let story = try await ServerHarness.post(
                client,
                ["id": "a1", "title": "Summit opens in Geneva", "publisher": "Wire", "published": "2024-04-09",
                 "url": "https://example.com/a1", "text": "Leaders met in Geneva on Tuesday. They talked."])
            try await client.execute(uri: "/api/stories/\(story)", method: .get) { response in
                #expect(response.status == .ok)
                let document = try BriefDocument.decode(Data(response.body.readableBytesView))
                #expect(document.schema == BriefDocument.currentSchema)
                #expect(document.stories.map(\.headline) == ["Summit opens in Geneva"])
                // Byte-identical to what `parallax brief --format json` prints for the same brief.
                #expect(ServerHarness.text(response) == JSONRenderer().render(document.stories))
            }
            try await client.execute(uri: "/api/articles/a1", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerHarness.object(response)
                #expect(body["text"] as? String == "Leaders met in Geneva on Tuesday. They talked.")
                #expect(body["story"] as? String == story)
                let metadata = body["metadata"] as? [String: Any]
                #expect(metadata?["publisher"] as? String == "Wire")
                #expect(metadata?["published"] as? String == "2024-04-09")
            }
        }
    }

    @Test("JSON Lines add many articles, in order, and articles on one story share it")
    func jsonLines() async throws {
        try await ServerHarness.application().test(.router) { client in
            let lines = [
                #"{"id": "x1", "title": "Flood hits town", "text": "Water rose fast."}"#,
                "",
                #"{"id": "x2", "title": "Flood recedes", "html": "<p>Water fell.</p>"}"#,
                #"{"id": "y1", "title": "Election called", "text": "Voters go to the polls."}"#,
            ].joined(separator: "\n")
            var headers = HTTPFields()
            headers[.contentType] = "application/x-ndjson"
            try await client.execute(uri: "/api/articles", method: .post, headers: headers, body: ByteBuffer(string: lines)) { response in
                #expect(response.status == .created)
                let added = try #require(try ServerHarness.object(response)["articles"] as? [[String: Any]])
                #expect(added.map { $0["article"] as? String } == ["x1", "x2", "y1"])
                #expect(added[0]["story"] as? String == added[1]["story"] as? String)
                #expect(added[0]["story"] as? String != added[2]["story"] as? String)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                let body = try ServerHarness.object(response)
                #expect(body["articles"] as? Int == 3)
            }
        }
    }

    @Test("a document without readable text is reported with no story")
    func skippedDocument() async throws {
        try await ServerHarness.application().test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: ServerHarness.json, body: ServerHarness.body(["id": "e", "text": "empty"])) { response in
                #expect(response.status == .created)
                let added = try #require(try ServerHarness.object(response)["articles"] as? [[String: Any]])
                #expect(added.first?["story"] == nil)
                #expect((added.first?["diagnostics"] as? [String])?.first?.contains("no main text") == true)
            }
        }
    }

    @Test("bad input is a 400 that names the field", arguments: [
        ("{not json", "body: invalid JSON"),
        (#"{"publisher": "No text"}"#, #"body: not an article: neither a "text" nor an "html" string field"#),
        (#"{"text": 42}"#, #""text""#),
        (#"{"text": "ok", "published": "April"}"#, #"unreadable "published" date"#),
        (#"{"text": "ok", "id": "a/b"}"#, "'id'"),
        ("{\"id\": \"d\", \"text\": \"one\"}\n{\"id\": \"d\", \"text\": \"two\"}", "appears twice"),
        ("{\"id\": \"ok\", \"text\": \"one\"}\n{\"text\": 3}", "line 2: neither"),
        ("[]", "an empty JSON array"),
        ("", "no article"),
    ])
    func badInput(body: String, expected: String) async throws {
        try await ServerHarness.application().test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: ServerHarness.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let message = try #require(try ServerHarness.object(response)["error"] as? String)
                #expect(message.contains(expected), "\(message)")
            }
        }
    }

    @Test("unknown ids and routes are 404 JSON errors")
    func notFound() async throws {
        try await ServerHarness.application().test(.router) { client in
            for uri in ["/api/stories/nope", "/api/stories/nope/brief", "/api/articles/nope", "/api/nothing-here"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let body = try ServerHarness.object(response)
                    #expect(body["error"] is String, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                }
            }
        }
    }

    @Test("a body over the limit is a 413 JSON error")
    func tooLarge() async throws {
        try await ServerHarness.application(bodyLimit: 1024).test(.router) { client in
            let big = String(repeating: "word ", count: 1000)
            try await client.execute(uri: "/api/articles", method: .post, headers: ServerHarness.json, body: ServerHarness.body(["text": big])) { response in
                #expect(response.status == .contentTooLarge)
                let body = try ServerHarness.object(response)
                #expect(body["error"] is String)
            }
        }
    }

    @Test("the brief renders as Markdown, HTML and text with their content types")
    func renderedBrief() async throws {
        try await ServerHarness.application().test(.router) { client in
            let story = try await ServerHarness.post(client, ["title": "Storm warning", "text": "A storm is coming."])
            for (format, type) in [("markdown", "text/markdown"), ("html", "text/html"), ("text", "text/plain"), ("json", "application/json")] {
                try await client.execute(uri: "/api/stories/\(story)/brief?format=\(format)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(format)")
                    #expect(ServerHarness.text(response).contains("Storm warning"), "\(format)")
                }
            }
            try await client.execute(uri: "/api/stories/\(story)/brief?format=pdf", method: .get) { response in
                #expect(response.status == .badRequest)
                let body = try ServerHarness.object(response)
                #expect(body["error"] as? String == "parameter 'format' must be one of markdown, html, text, json")
            }
        }
    }

    @Test("every response carries the Content-Security-Policy, errors included")
    func securityHeaders() async throws {
        try await ServerHarness.application().test(.router) { client in
            for uri in ["/", "/health", "/api/stories", "/stories/unknown", "/api/articles/unknown", "/static/parallax.js"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'", "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                }
            }
        }
    }
}
