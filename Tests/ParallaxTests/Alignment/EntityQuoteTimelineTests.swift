import Testing
@testable import Parallax

@Suite("Story entities, quotes and timeline")
struct EntityQuoteTimelineTests {
    static let articles = [
        AlignmentFixture.article("a", """
            Foreign Minister Sergei Lavrov met Chinese President Xi Jinping in Beijing on Tuesday. \
            "Our ties are at their best," Lavrov said.
            """, published: CalendarDate(year: 2024, month: 4, day: 9)),
        AlignmentFixture.article("b", """
            Sergey Lavrov arrived in Beijing on Monday. Lavrov's talks with Xi followed. \
            "Our ties are at their best," Sergey Lavrov told reporters. The deal was first signed on March 3, 2021.
            """),
    ]

    @Test func spellingsAndPartialNamesMergeIntoOneEntity() throws {
        let aligned = AlignmentFixture.align(Self.articles)
        let lavrov = try #require(aligned.entities.first { $0.aliases.contains("Lavrov") })
        #expect(lavrov.kind == .person)
        #expect(lavrov.aliases == ["Lavrov", "Sergei Lavrov", "Sergey Lavrov"])
        #expect(lavrov.articles == [ArticleID("a"), ArticleID("b")])
        #expect(lavrov.mentions == lavrov.mentions.sorted())
        // The most frequent full form names the entity.
        #expect(lavrov.name == "Sergey Lavrov")
        let xi = try #require(aligned.entities.first { $0.aliases.contains("Xi") })
        #expect(xi.name == "Xi Jinping")
    }

    @Test func aShortFormIsNamedByTheNameItStandsFor() throws {
        let aligned = AlignmentFixture.align([
            AlignmentFixture.article("a", "Rep. Ann Berg (D-Calif.) spoke in Washington. Democrats in Calif. cheered."),
            AlignmentFixture.article("b", "Ann Berg of California spoke. The U.S. Democrats agreed."),
        ])
        let state = try #require(aligned.entities.first { $0.aliases.contains("Calif.") })
        #expect(state.name == "California")
        #expect(state.aliases == ["Calif.", "California"])
        #expect(aligned.entities.first { $0.aliases.contains("Democrats") }?.name == "Democratic Party")
    }

    @Test func theSameQuotationMergesWithTheStorySpeakerName() throws {
        let aligned = AlignmentFixture.align(Self.articles)
        let quote = try #require(aligned.quotes.first { $0.text.contains("at their best") })
        #expect(quote.occurrences.map(\.span.article) == [ArticleID("a"), ArticleID("b")])
        #expect(quote.speaker == "Sergey Lavrov")
        #expect(aligned.conflicts.allSatisfy { $0.slot != .speaker })
    }

    @Test func timelineGroupsDatesAndSortsThem() throws {
        let aligned = AlignmentFixture.align(Self.articles)
        let dates = aligned.timeline.map(\.date)
        #expect(dates == dates.sorted())
        #expect(dates.first == CalendarDate(year: 2021, month: 3, day: 3))
        let monday = try #require(aligned.timeline.first { $0.date == CalendarDate(year: 2024, month: 4, day: 8) })
        #expect(monday.text.contains("arrived in Beijing"))
        #expect(aligned.timeline.contains { $0.date == CalendarDate(year: 2024, month: 4, day: 9) })
    }

    @Test func alignmentIsDeterministic() {
        let first = AlignmentFixture.align(Self.articles)
        let second = AlignmentFixture.align(Self.articles)
        #expect(first.corroborated == second.corroborated)
        #expect(first.unique == second.unique)
        #expect(first.entities == second.entities)
        #expect(first.timeline == second.timeline)
        #expect(first.conflicts == second.conflicts)
    }

    @Test func anEmptyStoryAlignsToNothing() {
        let aligned = AlignmentFixture.align([])
        #expect(aligned.corroborated.isEmpty && aligned.unique.isEmpty && aligned.conflicts.isEmpty)
        #expect(aligned.entities.isEmpty && aligned.quotes.isEmpty && aligned.timeline.isEmpty)
    }
}
