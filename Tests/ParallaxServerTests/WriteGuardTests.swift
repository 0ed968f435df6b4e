import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ParallaxServer

/// Writes only from those allowed: JSON bodies, the server's own origin or no browser, and the token when set.
@Suite("write guard")
struct WriteGuardTests {
    static let article = ServerHarness.body(["id": "w1", "title": "Dam opens", "text": "The dam opened today."])

    /// The status of a POST of one article with these headers (a JSON content type unless they name another).
    func status(_ fields: [String: String], token: String? = nil) async throws -> (HTTPResponse.Status, Int) {
        try await ServerHarness.application(writeToken: token).test(.router) { client in
            let status = try await client.execute(
                uri: "/api/articles", method: .post, headers: ServerHarness.headers(fields), body: Self.article
            ) { $0.status }
            let articles = try await client.execute(uri: "/health", method: .get) { try ServerHarness.object($0)["articles"] as? Int }
            return (status, articles ?? -1)
        }
    }

    @Test("bodies a form can send are refused with 415 and store nothing", arguments: [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonl",
    ])
    func formTypes(type: String) async throws {
        let (status, stored) = try await status(["Content-Type": type])
        #expect(status == .unsupportedMediaType)
        #expect(stored == 0)
    }

    @Test("JSON and JSON Lines, with parameters, are written")
    func jsonTypes() async throws {
        for type in ["application/json", "application/json; charset=utf-8", "Application/X-NDJSON"] {
            let (status, stored) = try await status(["Content-Type": type])
            #expect(status == .created, "\(type)")
            #expect(stored == 1)
        }
    }

    @Test("another site's page is refused with 403; the same origin and non-browser clients write", arguments: [
        (["Origin": "http://evil.example"], HTTPResponse.Status.forbidden),
        (["Origin": "http://localhost:9000"], .forbidden),
        (["Origin": "null"], .forbidden),
        (["Sec-Fetch-Site": "cross-site"], .forbidden),
        (["Sec-Fetch-Site": "same-site"], .forbidden),
        (["Sec-Fetch-Site": "same-origin"], .created),
        (["Sec-Fetch-Site": "none"], .created),
        ([:], .created),
    ])
    func origins(fields: [String: String], expected: HTTPResponse.Status) async throws {
        let (status, stored) = try await status(fields)
        #expect(status == expected)
        #expect(stored == (expected == .created ? 1 : 0))
    }

    @Test("an Origin equal to the Host, default ports folded, is the same origin")
    func sameOrigin() {
        #expect(WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("http://127.0.0.1:8080", host: "127.0.0.1:8080"))
        #expect(WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("http://News.example", host: "news.example:80"))
        #expect(WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("https://news.example:443", host: "news.example"))
        #expect(!WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("http://127.0.0.1:9000", host: "127.0.0.1:8080"))
        #expect(!WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("https://news.example", host: "news.example:80"))
        #expect(!WriteGuardMiddleware<BasicRequestContext>.isSameOrigin("http://a.example", host: nil))
    }

    @Test("with a token, writes need it (401) and reads stay open")
    func token() async throws {
        #expect(try await status([:], token: "s3cret").0 == .unauthorized)
        #expect(try await status(["Authorization": "Bearer wrong"], token: "s3cret").0 == .unauthorized)
        #expect(try await status(["Authorization": "s3cret"], token: "s3cret").0 == .unauthorized)
        #expect(try await status(["Authorization": "Bearer s3cret"], token: "s3cret") == (.created, 1))
        try await ServerHarness.application(writeToken: "s3cret").test(.router) { client in
            for uri in ["/health", "/api/stories", "/"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") }
            }
        }
    }

    @Test("only loopback addresses count as this machine")
    func loopback() {
        for host in ["127.0.0.1", "localhost", "::1", "127.0.0.2"] { #expect(ServerConfiguration.isLoopback(host), "\(host)") }
        for host in ["0.0.0.0", "::", "192.168.1.4", "news.example"] { #expect(!ServerConfiguration.isLoopback(host), "\(host)") }
    }
}
