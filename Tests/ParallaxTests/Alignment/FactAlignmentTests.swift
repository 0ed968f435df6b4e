import Testing
@testable import Parallax

@Suite("Facts across sources")
struct FactAlignmentTests {
    static let first = AlignmentFixture.article("a", """
        The Japanese prime minister Kenji Sato arrived in Canberra on Monday for a three-day visit to Australia. \
        Officials said the harbour festival drew record crowds this weekend.

        Sato and his counterpart discussed mining investment and regional security during the talks.
        """, published: CalendarDate(year: 2024, month: 5, day: 6))
    static let second = AlignmentFixture.article("b", """
        Kenji Sato began a three-day trip to the Australian capital on Monday, the government announced. \
        Police in Perth arrested two men over a string of bank robberies late on Sunday night.

        Sato and Australian leaders held discussions on mining investment and regional security.
        """)
    static let third = AlignmentFixture.article("c", """
        Kenji Sato, who leads Japan, praised the food in Australia and said the weather in Canberra was pleasant today.
        """)

    @Test func paraphrasesAcrossSourcesFormOneFact() throws {
        let aligned = AlignmentFixture.align([Self.first, Self.second, Self.third])
        let visit = try #require(AlignmentFixture.fact(containing: "three-day visit", in: aligned.corroborated))
        #expect(visit.articles == [ArticleID("a"), ArticleID("b")])
        #expect(visit.statements[1].text.contains("three-day trip"))
        #expect(visit.sourceCount == 2)
        let talks = try #require(AlignmentFixture.fact(containing: "discussed mining", in: aligned.corroborated))
        #expect(talks.statements.count == 2)
    }

    @Test func sharedNamesAloneDoNotMakeAFact() {
        let aligned = AlignmentFixture.align([Self.first, Self.second, Self.third])
        // The third source names Sato, Australia and Canberra but says nothing the others say.
        #expect(!aligned.corroborated.contains { $0.articles.contains(ArticleID("c")) })
        #expect(aligned.unique.contains { $0.statements[0].text.contains("praised the food") })
    }

    @Test func uniqueFactsAreSingleSourceInformativeSentencesInArticleOrder() {
        let aligned = AlignmentFixture.align([Self.first, Self.second, Self.third])
        let texts = aligned.unique.map { $0.statements[0].text }
        #expect(texts.contains { $0.contains("harbour festival") })
        #expect(texts.contains { $0.contains("arrested two men") })
        let order = aligned.unique.map { $0.statements[0].span }
        #expect(order == order.sorted())
        #expect(aligned.unique.allSatisfy { $0.sourceCount == 1 && $0.statements.count == 1 })
    }

    @Test func aCopyCountsOnceWithItsOriginal() throws {
        let copy = AlignmentFixture.article("d", Self.first.article.text)
        let relation = CopyRelation(copy: ArticleID("d"), original: ArticleID("a"), kind: .exact, jaccard: 1)
        let aligned = AlignmentFixture.align([Self.first, Self.second, copy], copies: [relation])
        let visit = try #require(AlignmentFixture.fact(containing: "three-day", in: aligned.corroborated))
        #expect(visit.sourceCount == 2)
        // What only the original and its copy say is not corroborated.
        #expect(AlignmentFixture.fact(containing: "harbour festival", in: aligned.corroborated) == nil)
    }

    @Test func twoArticlesOfOneOutletAreOneSource() throws {
        // The same outlet's update says what its first report said: that is one outlet saying it twice.
        let update = AlignmentFixture.article("b", Self.second.article.text, publisher: "Canberra Courier")
        let report = AlignmentFixture.article("a", Self.first.article.text, publisher: "canberra courier ")
        let sameOutlet = AlignmentFixture.align([report, update])
        #expect(AlignmentFixture.fact(containing: "three-day", in: sameOutlet.corroborated) == nil)
        let otherOutlet = AlignmentFixture.article("b", Self.second.article.text, publisher: "Perth Post")
        let visit = try #require(AlignmentFixture.fact(containing: "three-day", in: AlignmentFixture.align([report, otherOutlet]).corroborated))
        #expect(visit.sourceCount == 2)
    }

    @Test func clausesJoinedByWhileAreSeparateStatements() throws {
        let article = AlignmentFixture.article("a", "The central bank raised its main rate to four percent, while the government cut fuel taxes for farmers.")
        let units = ClauseSplitter(lexicon: .english).statements(of: article, index: 0)
        #expect(units.count == 2)
        #expect(units.first?.statement.text == "The central bank raised its main rate to four percent")
        #expect(units.last?.statement.text.hasPrefix("while the government") == true)
    }
}
