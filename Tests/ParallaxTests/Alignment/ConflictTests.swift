import Testing
@testable import Parallax

@Suite("Conflicts between sources")
struct ConflictTests {
    @Test func differentDatesForTheSameLastVisitConflict() throws {
        let a = AlignmentFixture.article("a", """
            Maria Lopez's most recent trip to Madrid took place in October during the trade fair.
            """, published: CalendarDate(year: 2024, month: 3, day: 12))
        let b = AlignmentFixture.article("b", """
            Maria Lopez's last visit to Madrid was in June 2021, shortly after the elections.
            """)
        let aligned = AlignmentFixture.align([a, b])
        let conflict = try #require(aligned.conflicts.first { $0.slot == .date })
        #expect(Set(conflict.claims.map(\.value)) == ["October", "June 2021"])
        #expect(conflict.about.contains("Madrid"))
        #expect(conflict.claims.allSatisfy { $0.statement.span.contains($0.valueSpan) })
    }

    @Test func aVisitAtSomeTimeDoesNotContradictTheLastVisit() {
        let a = AlignmentFixture.article("a", """
            Maria Lopez's most recent trip to Madrid took place in October during the trade fair.
            """, published: CalendarDate(year: 2024, month: 3, day: 12))
        let b = AlignmentFixture.article("b", "Maria Lopez made a trip to Madrid in June 2021 during the trade fair.")
        #expect(AlignmentFixture.align([a, b]).conflicts.filter { $0.slot == .date }.isEmpty)
    }

    @Test func differentCountsOfTheSameUnitConflict() throws {
        let a = AlignmentFixture.article("a", "The earthquake in the northern province killed 12 people and destroyed dozens of homes.")
        let b = AlignmentFixture.article("b", "The earthquake in the northern province killed 30 people and destroyed dozens of homes.")
        let aligned = AlignmentFixture.align([a, b])
        let conflict = try #require(aligned.conflicts.first { $0.slot == .number })
        #expect(Set(conflict.claims.map(\.value)) == ["12 people", "30 people"])
    }

    @Test func roundedNumbersDoNotConflict() {
        let a = AlignmentFixture.article("a", "The earthquake in the northern province killed 100 people and destroyed dozens of homes.")
        let b = AlignmentFixture.article("b", "The earthquake in the northern province killed 102 people and destroyed dozens of homes.")
        #expect(AlignmentFixture.align([a, b]).conflicts.filter { $0.slot == .number }.isEmpty)
    }

    @Test func theSameQuoteGivenToDifferentSpeakersConflicts() throws {
        let a = AlignmentFixture.article("a", "\"We will rebuild every school in the valley,\" said Governor Anna Berg on Friday.")
        let b = AlignmentFixture.article("b", "\"We will rebuild every school in the valley,\" said Mayor Tomas Keller on Friday.")
        let aligned = AlignmentFixture.align([a, b])
        #expect(aligned.quotes.count == 1)
        #expect(aligned.quotes.first?.occurrences.count == 2)
        let conflict = try #require(aligned.conflicts.first { $0.slot == .speaker })
        #expect(Set(conflict.claims.map(\.value)) == ["Anna Berg", "Tomas Keller"])
    }

    @Test func differentAgentsOfTheSameActConflict() throws {
        let a = AlignmentFixture.article("a", "Governor Anna Berg opened the new railway bridge over the Elbe river on Friday morning.")
        let b = AlignmentFixture.article("b", "Mayor Tomas Keller opened the new railway bridge over the Elbe river on Friday morning.")
        let conflict = try #require(AlignmentFixture.align([a, b]).conflicts.first { $0.slot == .person })
        #expect(Set(conflict.claims.map(\.value)) == ["Anna Berg", "Tomas Keller"])
    }

    @Test func aPersonNamedAfterTheActIsNotItsAgent() {
        let a = AlignmentFixture.article("a", "Governor Anna Berg opened the new railway bridge over the Elbe river on Friday morning.")
        let b = AlignmentFixture.article("b", "The new railway bridge over the Elbe river opened on Friday morning, said Mayor Tomas Keller.")
        #expect(AlignmentFixture.align([a, b]).conflicts.filter { $0.slot == .person }.isEmpty)
    }

    @Test func aReferenceDateIsNotTheEventsDate() {
        let a = AlignmentFixture.article("a", "The flood in Valencia killed 40 people on March 3, 2024, the worst flood since the great storm of 1957.")
        let b = AlignmentFixture.article("b", "The flood in Valencia killed 40 people on March 3, 2024 and destroyed two bridges.")
        let c = AlignmentFixture.article("c", "The flood in Valencia killed 40 people, the worst flood in the region since 1957.")
        #expect(AlignmentFixture.align([a, b, c]).conflicts.filter { $0.slot == .date }.isEmpty)
    }

    @Test func numbersThatNameThingsAreNotCounts() {
        let a = AlignmentFixture.article("a", "Anna Novak of Slovenia won stage 13 of the Tour de Suisse in a sprint finish.")
        let b = AlignmentFixture.article("b", "Anna Novak of Slovenia won stage 15 of the Tour de Suisse in a sprint finish.")
        #expect(AlignmentFixture.align([a, b]).conflicts.filter { $0.slot == .number }.isEmpty)
    }

    @Test func anAnniversaryIsNotARedatedEvent() {
        let a = AlignmentFixture.article("a", "Twelve people were killed when the dam in Oroville collapsed on May 4, 2019.")
        let b = AlignmentFixture.article(
            "b", "Today is the fifth anniversary of the day when twelve people were killed as the dam in Oroville collapsed.",
            published: CalendarDate(year: 2024, month: 5, day: 4))
        #expect(AlignmentFixture.align([a, b]).conflicts.filter { $0.slot == .date }.isEmpty)
    }
}
