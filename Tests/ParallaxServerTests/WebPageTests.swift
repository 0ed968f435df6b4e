import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import Testing
@testable import ParallaxServer

@Suite("Web pages")
struct WebPageTests {
    @Test("the story list shows headlines, counts and links to story pages")
    func storyList() async throws {
        try await ServerHarness.application().test(.router) { client in
            let story = try await ServerHarness.post(client, ["id": "p1", "title": "Bridge reopens", "publisher": "Daily", "text": "The bridge reopened."])
            _ = try await ServerHarness.post(client, ["id": "p2", "title": "Bridge traffic", "publisher": "Herald", "text": "Traffic is back."])
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = ServerHarness.text(response)
                #expect(html.contains("href=\"/stories/\(PathEscaping.segment(story))\""))
                #expect(html.contains("Bridge reopens"))
                #expect(html.contains("2 sources"))
                #expect(html.contains("2 articles"))
                #expect(html.contains("<script src=\"/static/parallax.js\" defer></script>"))
                #expect(!html.contains("<style"))
            }
        }
    }

    @Test("the story page cites the summary into highlighted spans of the sources")
    func storyPage() async throws {
        try await ServerHarness.application().test(.router) { client in
            let story = try await ServerHarness.post(client, ["id": "q1", "title": "Dam opens", "text": "The dam opened today. Crowds came."])
            _ = try await ServerHarness.post(client, ["id": "q2", "title": "Dam ceremony", "text": "A dam opened. It is big."])
            try await client.execute(uri: "/stories/\(story)", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerHarness.text(response)
                #expect(html.contains("<section id=\"summary\""))
                // Every citation points at an anchor that exists, and the anchor's span is marked.
                let targets = Set(matches(of: "href=\"#(c[0-9]+-[0-9]+-[0-9]+)\"", in: html))
                #expect(targets == ["c1-0-21", "c2-0-13"])
                for target in targets {
                    #expect(html.contains("id=\"\(target)\""))
                    #expect(html.contains("data-c=\"\(target)\""))
                }
                #expect(html.contains("<mark data-c=\"c1-0-21\">The dam opened today.</mark> Crowds came."))
                #expect(html.contains("What the sources agree on"))
            }
        }
    }

    @Test("related coverage links to the related stories' pages, headlines escaped")
    func relatedCoverage() {
        let related = [RelatedStory(story: StoryID("s-1 2"), headline: "Tolls <rise> & more", articleCount: 1)]
        let brief = Brief(story: StoryID("s-0"), headline: "Bridge", summary: [], agreement: [], uniqueFacts: [], conflicts: [],
                          quotes: [], entities: [], timeline: [], copies: [], sources: [], related: related)
        let html = StoryPageRenderer(brief: brief, summary: nil, articles: [:]).render()
        #expect(html.contains("<section id=\"related\">\n<h2>Related coverage</h2>"))
        #expect(html.contains("<li><a href=\"/stories/\(PathEscaping.segment("s-1 2"))\">Tolls &lt;rise&gt; &amp; more</a> "
            + "<span class=\"mentions\">1 article</span></li>"))
        let alone = StoryPageRenderer(brief: brief.relating([]), summary: nil, articles: [:]).render()
        #expect(!alone.contains("Related coverage"))
    }

    @Test("the story page walks the brief's outline: developments after the summary, copies before the sources")
    func developmentsAndCopies() {
        let sources = ["a", "b"].map {
            BriefSource(article: ArticleID($0), origin: $0, title: nil, publisher: "Outlet \($0.uppercased())", url: nil,
                        published: CalendarDate(year: 2024, month: 5, day: $0 == "a" ? 1 : 2), wires: [], copyOf: nil)
        }
        let developments = [
            Development(date: CalendarDate(year: 2024, month: 5, day: 1), text: "Dam <breached>", articles: [ArticleID("a")]),
            Development(date: CalendarDate(year: 2024, month: 5, day: 2), text: "Villages evacuated", articles: [ArticleID("b")]),
        ]
        let copies = [CopyRelation(copy: ArticleID("b"), original: ArticleID("a"), kind: .nearDuplicate, jaccard: 0.91)]
        let brief = Brief(story: StoryID("s-0"), headline: "Dam", summary: [], agreement: [], uniqueFacts: [], conflicts: [],
                          quotes: [], entities: [], timeline: [], developments: developments, copies: copies, sources: sources)
        let html = StoryPageRenderer(brief: brief, summary: nil, articles: [:]).render()
        #expect(html.contains("<li><time class=\"date\">2024-05-01</time> <span>Dam &lt;breached&gt;<sup class=\"cites\">"
            + "<a class=\"source-link\" href=\"#source-1\" title=\"Outlet A\">1</a></sup></span></li>"))
        #expect(html.contains("was re-published by 1 outlet: "))
        #expect(html.contains("near-duplicate, 91% shared"))
        let order = ["id=\"developments\"", "id=\"copies\"", "id=\"sources\""].map { html.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
    }

    @Test("article text, titles and URLs are escaped, and script URLs never become links")
    func escaping() async throws {
        try await ServerHarness.application().test(.router) { client in
            let payload = "<script>alert(1)</script><img src=x onerror=alert(1)>"
            let story = try await ServerHarness.post(
                client,
                ["id": "xss", "title": "Evil \(payload)", "publisher": "\"><script>alert(2)</script>",
                 "url": "javascript:alert(3)", "text": "Hello \(payload). More text \"quoted\" & 'single'."])
            for uri in ["/", "/stories/\(story)"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = ServerHarness.text(response)
                    #expect(!html.contains("<script>alert"), "\(uri)")
                    #expect(!html.contains("<img"), "\(uri)")
                    #expect(!html.contains("javascript:"), "\(uri)")
                    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
                    // The only script element is the page's own.
                    #expect(html.components(separatedBy: "<script").count == 2, "\(uri)")
                }
            }
        }
    }

    @Test("static assets are served with their types")
    func assets() async throws {
        try await ServerHarness.application().test(.router) { client in
            try await client.execute(uri: "/static/parallax.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(ServerHarness.text(response).contains("mark"))
            }
            try await client.execute(uri: "/static/parallax.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/stories/none", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
