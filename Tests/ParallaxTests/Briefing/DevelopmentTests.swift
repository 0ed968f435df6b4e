import Foundation
import Testing
@testable import Parallax

/// A story told over days reads day by day, is headed by its latest representative title, and can be forced whole.
@Suite struct DevelopmentTests {
    private static func article(_ id: String, title: String?, day: Int?, _ text: String) -> AnalyzedArticle {
        ArticleAnalyzer().analyze(Article(
            id: ArticleID(id), origin: id, text: text,
            metadata: ArticleMetadata(title: title, published: day.map { CalendarDate(year: 2024, month: 5, day: $0) })))
    }

    private static let arrest = article("a", title: "Quarnby mayor arrested in bribery inquiry", day: 2,
        "Police arrested the mayor of Quarnby on Thursday in a bribery inquiry.")
    private static let arrestAgain = article("b", title: "Mayor of Quarnby held over bribes", day: 2,
        "The mayor of Quarnby was held on Thursday over bribes from a builder.")
    private static let verdict = article("c", title: "Quarnby mayor found guilty of bribery", day: 20,
        "A jury found the mayor of Quarnby guilty of bribery on Monday.")
    private static let undated = article("d", title: "Quarnby mayor bribery case explained", day: nil,
        "The bribery case against the mayor of Quarnby turns on one builder.")

    @Test func oneDevelopmentPerPublicationDayOldestFirstCitingTheDaysArticles() {
        let story = AlignmentFixture.story([Self.verdict, Self.arrest, Self.undated, Self.arrestAgain])
        let developments = DevelopmentBuilder().developments(of: story)
        #expect(developments.map(\.date) == [CalendarDate(year: 2024, month: 5, day: 2), CalendarDate(year: 2024, month: 5, day: 20)])
        // Both titles of 2 May share as many words with the other; the tie goes to the first in text order.
        #expect(developments[0].articles == [ArticleID("b"), ArticleID("a")])
        #expect(developments[1] == Development(
            date: CalendarDate(year: 2024, month: 5, day: 20), text: "Quarnby mayor found guilty of bribery", articles: [ArticleID("c")]))
        #expect(developments[0].text == "Mayor of Quarnby held over bribes")
    }

    @Test func aStoryOfOneDayHasNoDevelopments() {
        #expect(DevelopmentBuilder().developments(of: AlignmentFixture.story([Self.arrest, Self.arrestAgain, Self.undated])).isEmpty)
    }

    @Test func untitledArticlesAreToldByTheirLeadsMainClause() {
        let first = Self.article("x", title: nil, day: 1, "Floods closed the Keltra bridge on Monday, officials said.\nMore rain is due.")
        let second = Self.article("y", title: nil, day: 3, "The Keltra bridge reopened on Wednesday after repairs, which took two days.")
        let developments = DevelopmentBuilder().developments(of: AlignmentFixture.story([first, second]))
        #expect(developments.map(\.text) == ["Floods closed the Keltra bridge on Monday", "The Keltra bridge reopened on Wednesday after repairs"])
    }

    @Test func theHeadlineIsTheLatestOfTheRepresentativeTitles() {
        let story = AlignmentFixture.story([Self.arrest, Self.arrestAgain, Self.verdict])
        #expect(HeadlineChooser().headline(for: story.articles) == "Quarnby mayor found guilty of bribery")
        // A later title that shares little with the others does not head the story.
        let aside = Self.article("e", title: "Builder's firm wins road contract", day: 25, "A builder won a road contract.")
        #expect(HeadlineChooser().headline(for: [Self.arrest, Self.arrestAgain, Self.verdict, aside])
            == "Quarnby mayor found guilty of bribery")
    }

    @Test func aTitleLineOpeningWithADateIsDatedByIt() {
        let raw = RawDocument(
            id: ArticleID("m"), origin: "m.txt",
            bytes: Array("2005/01/08 Tsunami aid donations deductible in the United States\n\nDonors who give to tsunami relief this month may deduct the gifts on last year's tax returns, under a bill signed on Friday.".utf8),
            format: .plainText)
        let article = ArticleExtractor().extract(raw)
        #expect(article.metadata.title == "Tsunami aid donations deductible in the United States")
        #expect(article.metadata.published == CalendarDate(year: 2005, month: 1, day: 8))
    }

    @Test func oneStoryKeepsEveryArticleInOneStoryWithItsCopies() {
        let texts = [
            "Police arrested the mayor of Quarnby on Thursday in a bribery inquiry that began last year.",
            "A late frost damaged orchards across the Keltra valley, growers said on Friday.",
            "Police arrested the mayor of Quarnby on Thursday in a bribery inquiry that began last year.",
        ]
        let documents = texts.enumerated().map { RawDocument(id: ArticleID("t\($0.offset)"), origin: "t\($0.offset)", bytes: Array($0.element.utf8), format: .plainText) }
        var configuration = PipelineConfiguration.default
        #expect(Pipeline(configuration: configuration).run(documents).briefs.count == 2)
        configuration.oneStory = true
        let result = Pipeline(configuration: configuration).run(documents)
        #expect(result.briefs.count == 1 && result.groups.isEmpty)
        #expect(result.stories[0].story.articles.map(\.id.rawValue) == ["t0", "t1", "t2"])
        #expect(result.stories[0].story.copies.map(\.copy) == [ArticleID("t2")])
    }
}
