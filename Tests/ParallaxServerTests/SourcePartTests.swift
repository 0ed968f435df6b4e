import Foundation
import HummingbirdTesting
import Parallax
import Testing
@testable import ParallaxServer

@Suite("Large stories on the page")
struct SourcePartTests {
    @Test("parts cover a text exactly once, each starting on a character boundary")
    func partsPartitionText() {
        // One ASCII byte, then two-byte characters: every multiple of the part size falls inside a character.
        let text = "a" + String(repeating: "é", count: SourcePart.size + 10)
        let bytes = Array(text.utf8)
        let count = SourcePart.count(forLength: bytes.count)
        #expect(count == 3)
        var next = 0
        for number in 1...count {
            let range = SourcePart(number: number).range(in: bytes)
            #expect(range.lowerBound == next)
            #expect(range.lowerBound == bytes.count || bytes[range.lowerBound] & 0xC0 != 0x80)
            next = range.upperBound
        }
        #expect(next == bytes.count)
        #expect(SourcePart(number: 2).range(in: bytes).lowerBound == SourcePart.size + 1)
        #expect(SourcePart(containing: SourcePart.size).number == 2)
        #expect(SourcePart.count(forLength: 0) == 1)
        #expect(SourcePart(number: Int.max).range(in: bytes).isEmpty)
    }

    @Test("the story page shows each source's first part and the first sources; citations beyond link to source pages")
    func storyPageStaysSmall() {
        let long = LongStory()
        let html = StoryPageRenderer(brief: long.brief, summary: nil, articles: long.articles).render()
        #expect(html.contains("href=\"#\(long.anchor(1, long.early))\""))
        #expect(html.contains("href=\"/stories/long/sources/1?part=2#\(long.anchor(1, long.late))\""))
        #expect(html.contains("href=\"/stories/long/sources/\(long.sourceCount)#\(long.anchor(long.sourceCount, 0))\""))
        #expect(html.contains("<mark data-c=\"\(long.anchor(1, long.early))\">"))
        #expect(html.contains("MARKER-ONE"))
        #expect(!html.contains("MARKER-TWO"))
        #expect(html.contains("<span>part 1 of 3</span><a href=\"/stories/long/sources/1?part=2\">next part →</a>"))
        // Sources past the first fifty are listed with links, not shown.
        #expect(html.components(separatedBy: "<article class=\"source\"").count == SourcePart.sourcesOnStoryPage + 1)
        #expect(html.contains("<li id=\"source-\(long.sourceCount)\"><a href=\"/stories/long/sources/\(long.sourceCount)\">"))
        #expect(html.utf8.count < 3 * SourcePart.size)
    }

    @Test("a source page shows one part, its citations highlighted, with links to the parts beside it")
    func sourcePage() {
        let long = LongStory()
        let html = SourcePage.render(brief: long.brief, number: 1, article: long.articles[ArticleID("s1")], part: SourcePart(number: 2))
        #expect(html.contains("MARKER-TWO"))
        #expect(!html.contains("MARKER-ONE"))
        #expect(html.contains("id=\"\(long.anchor(1, long.late))\""))
        #expect(html.contains("<mark data-c=\"\(long.anchor(1, long.late))\">"))
        #expect(!html.contains("id=\"\(long.anchor(1, long.early))\""))
        #expect(html.contains("<a href=\"/stories/long/sources/1\">← previous part</a><span>part 2 of 3</span>"
            + "<a href=\"/stories/long/sources/1?part=3\">next part →</a>"))
        #expect(html.contains("<a href=\"/stories/long#summary\">↑ Summary</a>"))
        #expect(html.contains("<a href=\"/stories/long\">← Long story</a>"))
    }

    @Test("a section of more than 200 items, over all its groups, shows the first 200 and links to the full brief")
    func longSectionsAreCut() {
        let long = LongStory()
        // 150 facts of source 2, then 100 of source 3: the budget is the section's, not each source's.
        let facts = (0..<250).map { number in
            let article = ArticleID(number < 150 ? "s2" : "s3")
            return Fact(statements: [Statement(span: TextSpan(article: article, start: number, end: number + 1), text: "Fact \(number).")],
                        sourceCount: 1)
        }
        let brief = Brief(story: StoryID("long"), headline: "Long story", summary: [], agreement: [], uniqueFacts: facts,
                          conflicts: [], quotes: [], entities: [], timeline: [], copies: [], sources: long.brief.sources)
        let html = StoryPageRenderer(brief: brief, summary: nil, articles: long.articles).render()
        #expect(html.contains("<li>Fact 149."))
        #expect(html.contains("<li>Fact 199."))
        #expect(!html.contains("<li>Fact 200."))
        #expect(!html.contains("Fact 249."))
        #expect(html.contains("<p class=\"meta more\">and 50 more in the <a href=\"/api/stories/long/brief?format=markdown\">full brief</a></p>"))
    }

    @Test("source pages are served for every part and refuse numbers that do not exist")
    func routes() async throws {
        try await ServerHarness.application().test(.router) { client in
            let text = (1...3).map { String(repeating: "Part \($0) words. ", count: SourcePart.size / 16) }.joined(separator: "\n\n")
            let story = try await ServerHarness.post(client, ["id": "big", "title": "Big", "text": text])
            for uri in ["sources/1", "sources/1?part=1", "sources/1?part=3"] {
                try await client.execute(uri: "/stories/\(story)/\(uri)", method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                }
            }
            try await client.execute(uri: "/stories/\(story)/sources/1?part=3", method: .get) { response in
                let html = ServerHarness.text(response)
                #expect(html.contains("Part 3 words."))
                #expect(!html.contains("Part 1 words."))
            }
            for uri in ["sources/1?part=4", "sources/1?part=0", "sources/1?part=x", "sources/1?part=99999999999999999999",
                        "sources/2", "sources/0", "sources/one", "sources/-9223372036854775808", "sources/1?part=-9223372036854775808"] {
                try await client.execute(uri: "/stories/\(story)/\(uri)", method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
            try await client.execute(uri: "/stories/none/sources/1", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// A story of 52 sources whose first source's text runs to three parts, with citations in parts 1 and 2.
private struct LongStory {
    let sourceCount = SourcePart.sourcesOnStoryPage + 2
    let early = 10
    let late = SourcePart.size + 500
    let brief: Brief
    let articles: [ArticleID: Article]

    init() {
        let filler = String(repeating: "Plain words fill the page. ", count: SourcePart.size / 27)
        let long = "The first part. MARKER-ONE.\n\n" + filler + "\n\nThe second part MARKER-TWO.\n\n" + filler
        var articles: [ArticleID: Article] = [:]
        var sources: [BriefSource] = []
        for number in 1...sourceCount {
            let id = ArticleID("s\(number)")
            let text = number == 1 ? long : "Source \(number) says the same."
            articles[id] = Article(id: id, origin: "s\(number).txt", text: text, metadata: ArticleMetadata(title: "Title \(number)"))
            sources.append(BriefSource(article: id, origin: "s\(number).txt", title: "Title \(number)", publisher: "Outlet \(number)",
                                       url: nil, published: nil, wires: [], copyOf: nil))
        }
        let spans = [TextSpan(article: ArticleID("s1"), start: early, end: early + 5),
                     TextSpan(article: ArticleID("s1"), start: late, end: late + 5),
                     TextSpan(article: ArticleID("s\(sourceCount)"), start: 0, end: 6)]
        brief = Brief(story: StoryID("long"), headline: "Long story", summary: [SummarySentence(text: "It is long.", citations: spans)],
                      agreement: [], uniqueFacts: [], conflicts: [], quotes: [], entities: [], timeline: [], copies: [], sources: sources)
        self.articles = articles
    }

    func anchor(_ number: Int, _ start: Int) -> String {
        "c\(number)-\(start)-\(start + (number == sourceCount ? 6 : 5))"
    }
}
