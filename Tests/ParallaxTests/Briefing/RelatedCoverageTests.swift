import Testing
@testable import Parallax

@Suite struct RelatedCoverageTests {
    /// Brief `id` with `articles` sources, nothing else.
    private static func brief(_ id: String, articles: Int) -> Brief {
        let sources = (0..<articles).map {
            BriefSource(article: ArticleID("\(id)-\($0)"), origin: "\(id)-\($0).txt", title: nil, publisher: nil, url: nil,
                        published: nil, wires: [], copyOf: nil)
        }
        return Brief(story: StoryID(id), headline: "Headline \(id)", summary: [], agreement: [], uniqueFacts: [],
                     conflicts: [], quotes: [], entities: [], timeline: [], copies: [], sources: sources)
    }

    @Test func eachBriefListsTheOtherStoriesOfItsGroupLargestFirst() {
        let briefs = [Self.brief("s-a", articles: 1), Self.brief("s-b", articles: 2), Self.brief("s-c", articles: 5),
                      Self.brief("s-d", articles: 2)]
        let groups = [StoryGroup(id: "g-1", stories: [StoryID("s-a"), StoryID("s-b"), StoryID("s-d")]),
                      StoryGroup(id: "g-2", stories: [StoryID("s-c")])]
        let related = RelatedCoverage(groups: groups).attach(to: briefs)
        #expect(related.map(\.story) == briefs.map(\.story))
        #expect(related[0].related == [
            RelatedStory(story: StoryID("s-b"), headline: "Headline s-b", articleCount: 2),
            RelatedStory(story: StoryID("s-d"), headline: "Headline s-d", articleCount: 2),
        ])
        #expect(related[1].related.map(\.story) == [StoryID("s-d"), StoryID("s-a")])
        #expect(related[2].related.isEmpty)
        #expect(related[3].related.map(\.story) == [StoryID("s-b"), StoryID("s-a")])
    }

    @Test func thePipelineRelatesTwoFloodsAndNotTheLaunch() {
        let texts = [
            ("brisvale-0", StoryClustererTests.floodArticles[0]), ("brisvale-1", StoryClustererTests.floodArticles[1]),
            ("brisvale-2", StoryClustererTests.floodArticles[2]),
            ("launch-0", StoryClustererTests.launchArticles[0]), ("launch-1", StoryClustererTests.launchArticles[1]),
            ("launch-2", StoryClustererTests.launchArticles[2]),
            ("dornick-0", """
                The Ambra river flooded the village of Dornick on Sunday after a week of heavy rain. Rescue teams in \
                boats evacuated residents from their homes, and 120 people spent the night in emergency shelters, \
                the district chief Lena Voss said.
                """),
            ("dornick-1", """
                Floodwater from the Ambra covered the streets of Dornick. Voss asked residents to stay away from the \
                river until the water goes down; emergency shelters took in about 120 people as the rain went on.
                """),
        ]
        let documents = texts.map { RawDocument(id: ArticleID($0.0), origin: $0.0, bytes: Array($0.1.utf8), format: .plainText) }
        let result = Pipeline().run(documents)
        let members = Dictionary(uniqueKeysWithValues: result.stories.map { ($0.story.id, Set($0.story.articles.map(\.id.rawValue))) })
        let story = { (article: String) in members.first { $0.value.contains(article) }!.key }
        #expect(Set(members.values) == [
            ["brisvale-0", "brisvale-1", "brisvale-2"], ["launch-0", "launch-1", "launch-2"], ["dornick-0", "dornick-1"],
        ])
        let related = Dictionary(uniqueKeysWithValues: result.briefs.map { ($0.story, $0.related.map(\.story)) })
        #expect(related[story("brisvale-0")] == [story("dornick-0")])
        #expect(related[story("dornick-0")] == [story("brisvale-0")])
        #expect(related[story("launch-0")] == [])
        #expect(result.groups.count == 2)
    }
}
