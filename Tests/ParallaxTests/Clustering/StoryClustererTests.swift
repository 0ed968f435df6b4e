import Foundation
import Testing
@testable import Parallax

@Suite struct StoryClustererTests {
    static let floodArticles = [
        """
        Heavy rain caused the Keltra river to burst its banks on Thursday, flooding hundreds of homes in the town of \
        Brisvale. Rescue teams used boats to evacuate residents from the lower districts. The mayor of Brisvale, \
        Tomas Hild, said 300 people had spent the night in emergency shelters.
        """,
        """
        Floodwater from the Keltra river covered large parts of Brisvale after two days of rain. Mayor Tomas Hild \
        asked residents to stay away from the river bank. Emergency shelters in Brisvale took in about 300 people, \
        and rescue boats were still searching the flooded streets.
        """,
        """
        The Keltra river reached its highest level in forty years, officials in Brisvale said. Several bridges were \
        closed and the flooding cut power to the eastern districts. Hild said the town would need help to repair \
        the damaged homes once the water goes down.
        """,
    ]

    static let launchArticles = [
        """
        The space agency of Norland launched its first weather satellite, Aurel 1, from the Vinsk launch site on \
        Friday. The rocket lifted off at dawn and placed the satellite in orbit about twenty minutes later, said \
        agency director Petra Lune.
        """,
        """
        Norland's Aurel 1 weather satellite reached orbit after a launch from Vinsk. Director Petra Lune called it \
        a historic day for the agency and said the satellite would send its first images of the clouds within a week.
        """,
        """
        Engineers at Vinsk celebrated as the Aurel 1 satellite sent its first signals from orbit. The Norland agency \
        plans two more weather satellites, Lune said, to improve storm forecasts for farmers and fishermen.
        """,
    ]

    static let unrelatedArticle = """
        A bakery in the harbour town of Quellin won a national prize for its rye bread on Saturday. The owner, \
        Ida Brenn, said the recipe came from her grandmother and that the bakery would now open on Sundays.
        """

    @Test func articlesOnTwoEventsFormTwoStories() {
        var articles: [AnalyzedArticle] = []
        for (index, text) in Self.floodArticles.enumerated() { articles.append(ArticleFactory.make("flood-\(index)", text)) }
        for (index, text) in Self.launchArticles.enumerated() { articles.append(ArticleFactory.make("launch-\(index)", text)) }
        let stories = StoryClusterer().cluster(articles.reversed())
        let memberSets = Set(stories.map { Set($0.articles.map(\.id.rawValue)) })
        #expect(memberSets == [
            Set(["flood-0", "flood-1", "flood-2"]), Set(["launch-0", "launch-1", "launch-2"]),
        ])
        // Articles are in stream order (no dates: by id) and ids come from the smallest member.
        #expect(stories.first?.articles.map(\.id.rawValue) == ["flood-0", "flood-1", "flood-2"])
        #expect(stories.first?.id == StoryID(StableIdentifier.make(prefix: "s-", from: "flood-0")))
        #expect(stories.first?.id.rawValue.hasPrefix("s-") == true)
    }

    @Test func sameInputGivesSameStoriesAndGroups() {
        let articles = (Self.floodArticles + Self.launchArticles).enumerated().map {
            ArticleFactory.make("d\($0.offset)", $0.element)
        }
        let first = StoryClusterer().clustering(articles)
        let second = StoryClusterer().clustering(articles.shuffled())
        #expect(first.stories.map(\.id) == second.stories.map(\.id))
        #expect(first.groups == second.groups)
        #expect(Set(first.groups.flatMap(\.stories)) == Set(first.stories.map(\.id)))
    }

    @Test func copiesJoinTheirOriginalsStoryAndAreListed() {
        let original = ArticleFactory.make("c0", Self.floodArticles[0], published: CalendarDate(year: 2024, month: 5, day: 2))
        let copy = ArticleFactory.make("c1", Self.floodArticles[0], published: CalendarDate(year: 2024, month: 5, day: 3))
        let other = ArticleFactory.make("c2", Self.unrelatedArticle)
        let stories = StoryClusterer().cluster([copy, other, original])
        #expect(stories.count == 2)
        let flood = stories.first { $0.articles.contains { $0.id == original.id } }
        #expect(flood?.articles.map(\.id) == [original.id, copy.id])
        #expect(flood?.copies == [CopyRelation(copy: copy.id, original: original.id, kind: .exact, jaccard: 1)])
    }

    @Test func headlinesOnOneEventJoinAtTheShortArticleThreshold() {
        let headlines = [
            ArticleFactory.make("h0", "Keltra river floods homes in Brisvale"),
            ArticleFactory.make("h1", "Brisvale mayor Hild opens shelters as Keltra floods town"),
            ArticleFactory.make("h2", "Quellin bakery wins national prize for rye bread"),
        ]
        let stories = StoryClusterer().cluster(headlines)
        #expect(Set(stories.map { Set($0.articles.map(\.id.rawValue)) }) == [Set(["h0", "h1"]), Set(["h2"])])
    }

    @Test func indexAssignsIncrementally() {
        var index = StoryIndex()
        let first = index.add(ArticleFeatures(ArticleFactory.make("i0", Self.launchArticles[0])))
        let second = index.add(ArticleFeatures(ArticleFactory.make("i1", Self.launchArticles[1])))
        let third = index.add(ArticleFeatures(ArticleFactory.make("i2", Self.unrelatedArticle)))
        #expect(first.isNew && !second.isNew && third.isNew)
        #expect(second.story == first.story && second.similarity >= StoryClusterer.Configuration.default.assignmentThreshold)
        #expect(index.stories.map(\.members.count) == [2, 1])
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func seedArticlesFormOneStoryAndAnUnrelatedArticleItsOwn() throws {
        let folder = SharedData.url("corpus/lavrov-beijing-2024")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var articles = try names.map {
            ArticleFactory.make($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        #expect(articles.count == 5)
        articles.append(ArticleFactory.make("zz-bakery", Self.unrelatedArticle))
        let stories = StoryClusterer().cluster(articles)
        #expect(stories.map { $0.articles.map(\.id.rawValue) } == [names, ["zz-bakery"]])
    }
}
