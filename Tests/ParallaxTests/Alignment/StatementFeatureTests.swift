import Testing
@testable import Parallax

@Suite("Statement features")
struct StatementFeatureTests {
    private func features(_ text: String, published: CalendarDate? = CalendarDate(year: 2024, month: 4, day: 9)) -> [StatementFeatures] {
        let article = AlignmentFixture.article("a", text, published: published)
        let input = AlignmentInput(AlignmentFixture.story([article]), configuration: .default)
        return input.features
    }

    @Test func aCountrysCapitalReadsAsTheCity() throws {
        let terms = try #require(features("The minister is on a two-day visit to the Chinese capital.").first).terms
        #expect(terms.contains("p:beijing"))
        #expect(terms.contains("p:china"))
        #expect(terms.contains("w:visit"))
        #expect(terms.contains("n:2.0|day"))
    }

    @Test func consecutiveDaysReadAsADuration() throws {
        let terms = try #require(features(
            "The minister will visit Spain on Monday and Tuesday for talks.", published: CalendarDate(year: 2024, month: 4, day: 6)).first).terms
        #expect(terms.contains("n:2.0|day"))
    }

    @Test func synonymsAndIrregularVerbsFold() throws {
        let first = try #require(features("The envoys met and agreed to send weapons.").first).terms
        let second = try #require(features("The envoys held talks and agreed to supply arms.").first).terms
        #expect(first.contains("w:meet") && second.contains("w:meet"))
        #expect(first.contains("w:weapon") && second.contains("w:weapon"))
    }

    @Test func aBareMonthTakesTheLastSuchMonthUnlessThePlanLooksAhead() throws {
        let past = try #require(features("The president last visited Rome in October during the forum.").first)
        #expect(past.dates.map(\.date) == [CalendarDate(year: 2023, month: 10)])
        let future = try #require(features("The president will visit Rome in May to open the forum.").first)
        #expect(future.dates.map(\.date) == [CalendarDate(year: 2024, month: 5)])
    }

    @Test func weekdaysOfUndatedArticlesAreGuesses() throws {
        let dated = try #require(features("The talks ended on Monday in Vienna after a long night.").first)
        #expect(dated.dates.first?.isGuessed == false)
        let story = AlignmentFixture.story([
            AlignmentFixture.article("a", "The talks ended in Vienna.", published: CalendarDate(year: 2024, month: 4, day: 9)),
            AlignmentFixture.article("b", "The talks ended on Monday in Vienna after a long night."),
        ])
        let input = AlignmentInput(story, configuration: .default)
        let guessed = try #require(input.units.indices.first { input.units[$0].article == 1 })
        #expect(input.features[guessed].dates.map(\.isGuessed) == [true])
        #expect(input.features[guessed].dates.map(\.date) == [CalendarDate(year: 2024, month: 4, day: 8)])
    }
}
