import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

/// Drives every route through its documented outcomes and checks each response against /api/openapi.json:
/// the status is documented for the route, the content type is one it lists, and a JSON body has the schema's
/// required top-level fields.
@Suite("OpenAPI conformance")
struct OpenAPIConformanceTests {
    struct Call: Sendable, CustomStringConvertible {
        let method: HTTPRequest.Method
        let template: String
        let uri: String
        var body: String? = nil
        var headers: [String: String] = [:]
        let expected: Int
        var description: String { "\(method) \(uri) → \(expected)" }
    }

    static let article = #"{"id": "doc1", "title": "Harbour closes", "url": "https://example.com/h", "text": "The harbour closed."}"#

    static let calls: [Call] = [
        Call(method: .get, template: "/health", uri: "/health", expected: 200),
        Call(method: .get, template: "/api/openapi.json", uri: "/api/openapi.json", expected: 200),
        Call(method: .post, template: "/api/articles", uri: "/api/articles", body: article, expected: 201),
        Call(method: .post, template: "/api/articles", uri: "/api/articles", body: "{}", expected: 400),
        Call(method: .post, template: "/api/articles", uri: "/api/articles", body: String(repeating: "x", count: 5000), expected: 413),
        Call(method: .post, template: "/api/articles", uri: "/api/articles", body: article, headers: ["Content-Type": "text/plain"], expected: 415),
        Call(method: .post, template: "/api/articles", uri: "/api/articles", body: article, headers: ["Origin": "https://elsewhere.example"], expected: 403),
        Call(method: .get, template: "/api/stories", uri: "/api/stories?limit=1", expected: 200),
        Call(method: .get, template: "/api/stories", uri: "/api/stories?limit=-1", expected: 400),
        Call(method: .get, template: "/api/stories/{id}", uri: "/api/stories/s-doc1", expected: 200),
        Call(method: .get, template: "/api/stories/{id}", uri: "/api/stories/missing", expected: 404),
        Call(method: .get, template: "/api/stories/{id}/brief", uri: "/api/stories/s-doc1/brief?format=html", expected: 200),
        Call(method: .get, template: "/api/stories/{id}/brief", uri: "/api/stories/s-doc1/brief?format=json", expected: 200),
        Call(method: .get, template: "/api/stories/{id}/brief", uri: "/api/stories/s-doc1/brief?format=rtf", expected: 400),
        Call(method: .get, template: "/api/stories/{id}/brief", uri: "/api/stories/missing/brief", expected: 404),
        Call(method: .get, template: "/api/articles/{id}", uri: "/api/articles/doc1", expected: 200),
        Call(method: .get, template: "/api/articles/{id}", uri: "/api/articles/missing", expected: 404),
        Call(method: .get, template: "/", uri: "/", expected: 200),
        Call(method: .get, template: "/", uri: "/?cursor=%25", expected: 400),
        Call(method: .get, template: "/stories/{id}", uri: "/stories/s-doc1", expected: 200),
        Call(method: .get, template: "/stories/{id}", uri: "/stories/missing", expected: 404),
        Call(method: .get, template: "/static/parallax.css", uri: "/static/parallax.css", expected: 200),
        Call(method: .get, template: "/static/parallax.js", uri: "/static/parallax.js", expected: 200),
    ]

    @Test("every documented route answers as documented")
    func conformance() async throws {
        let spec = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(spec["paths"] as? [String: Any])
        // Every route the spec lists is exercised, and every exercised route is in the spec.
        #expect(Set(paths.keys) == Set(Self.calls.map(\.template)))
        try await ServerHarness.application(bodyLimit: 4096).test(.router) { client in
            for call in Self.calls {
                try await client.execute(
                    uri: call.uri, method: call.method, headers: ServerHarness.headers(call.headers),
                    body: call.body.map { ByteBuffer(string: $0) }
                ) { response in
                    #expect(response.status.code == call.expected, "\(call)")
                    try check(response, call: call)
                }
            }
        }
    }

    private func check(_ response: TestResponse, call: Call) throws {
        let spec = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = spec["paths"] as? [String: Any]
        let operation = (paths?[call.template] as? [String: Any])?[call.method.rawValue.lowercased()] as? [String: Any]
        let responses = try #require(operation?["responses"] as? [String: Any], "\(call): no operation in the spec")
        let documented = try #require(responses[String(response.status.code)] as? [String: Any], "\(call): status \(response.status.code) not documented")
        let resolved = resolve(documented, in: spec)
        let content = try #require(resolved["content"] as? [String: Any], "\(call): no content")
        let type = String((response.headers[.contentType] ?? "").prefix { $0 != ";" })
        let media = try #require(content[type] as? [String: Any], "\(call): content type \(type) not documented")
        guard type == "application/json" else { return }
        let schema = resolve(media["schema"] as? [String: Any] ?? [:], in: spec)
        let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        let object = try #require(body as? [String: Any], "\(call): body is not an object")
        for field in schema["required"] as? [String] ?? [] {
            #expect(object[field] != nil, "\(call): missing required field '\(field)'")
        }
    }

    /// Follows `$ref`s within the document.
    private func resolve(_ node: [String: Any], in spec: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/") else { return node }
        var current: Any = spec
        for part in reference.dropFirst(2).split(separator: "/") {
            current = (current as? [String: Any])?[String(part)] ?? [:]
        }
        return resolve(current as? [String: Any] ?? [:], in: spec)
    }
}
