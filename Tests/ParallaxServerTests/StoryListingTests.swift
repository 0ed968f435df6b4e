import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import Testing
@testable import ParallaxServer

@Suite("Story listing")
struct StoryListingTests {
    /// Five stories, each added a minute after the previous, so newest first is e, d, c, b, a.
    private func addFive(_ client: some TestClientProtocol) async throws -> [String] {
        var stories: [String] = []
        for name in ["alpha", "bravo", "charlie", "delta", "echo"] {
            stories.append(try await ServerHarness.post(client, ["id": name, "title": "\(name) news", "text": "About \(name)."]))
        }
        return stories
    }

    private func page(_ client: some TestClientProtocol, _ uri: String) async throws -> (ids: [String], next: String?) {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok)
            let body = try ServerHarness.object(response)
            let stories = try #require(body["stories"] as? [[String: Any]])
            #expect(body.keys.contains("next"))
            return (stories.compactMap { $0["id"] as? String }, body["next"] as? String)
        }
    }

    @Test("stories come newest first, and cursors walk every page without repeats")
    func cursorPagination() async throws {
        try await ServerHarness.application().test(.router) { client in
            let added = try await addFive(client)
            var seen: [String] = []
            var uri = "/api/stories?limit=2"
            var pages = 0
            while true {
                let (ids, next) = try await page(client, uri)
                seen += ids
                pages += 1
                guard let next else { break }
                uri = "/api/stories?limit=2&cursor=\(next)"
            }
            #expect(pages == 3)
            #expect(seen == Array(added.reversed()))
        }
    }

    @Test("since keeps the stories updated at or after the time")
    func since() async throws {
        try await ServerHarness.application().test(.router) { client in
            let added = try await addFive(client)
            // The third add happened at start + 3 minutes.
            let since = Timestamps.iso(TestClock.start.addingTimeInterval(180))
            let (ids, next) = try await page(client, "/api/stories?since=\(since)")
            #expect(ids == Array(added[2...].reversed()))
            #expect(next == nil)
        }
    }

    @Test("bad listing parameters are 400s naming the parameter", arguments: ["limit=0", "limit=x", "since=yesterday", "cursor=%%%"])
    func badParameters(query: String) async throws {
        try await ServerHarness.application().test(.router) { client in
            try await client.execute(uri: "/api/stories?\(query)", method: .get) { response in
                #expect(response.status == .badRequest)
                let name = String(query.prefix { $0 != "=" })
                let body = try ServerHarness.object(response)
                #expect((body["error"] as? String)?.contains("'\(name)'") == true)
            }
        }
    }

    @Test("a story joined later moves to the top, keeping its first-seen time")
    func lastSeenOrder() async throws {
        try await ServerHarness.application().test(.router) { client in
            _ = try await addFive(client)
            let story = try await ServerHarness.post(client, ["id": "alpha2", "title": "alpha again", "text": "More alpha."])
            try await client.execute(uri: "/api/stories?limit=1", method: .get) { response in
                let first = try #require((try ServerHarness.object(response)["stories"] as? [[String: Any]])?.first)
                #expect(first["id"] as? String == story)
                #expect(first["articles"] as? Int == 2)
                #expect(first["firstSeen"] as? String == Timestamps.iso(TestClock.start.addingTimeInterval(60)))
                #expect(first["lastSeen"] as? String == Timestamps.iso(TestClock.start.addingTimeInterval(360)))
            }
        }
    }

    @Test("cursor tokens read back to the same position")
    func cursorToken() throws {
        let summary = StoryOverview(
            id: StoryID("story:ü/1"), headline: "h", sourceCount: 1, articleCount: 1,
            firstSeen: TestClock.start, lastSeen: TestClock.start.addingTimeInterval(1.5))
        let cursor = StoryCursor(after: summary)
        #expect(StoryCursor(token: cursor.token) == cursor)
        #expect(!cursor.token.contains("="))
        #expect(StoryCursor(token: "not a cursor") == nil)
    }
}
