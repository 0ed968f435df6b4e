import Testing
@testable import Parallax

@Suite("DateExtractor")
struct DateExtractorTests {
    let tuesday = CalendarDate(year: 2024, month: 4, day: 9)

    func dates(_ text: String) -> [DateMention] {
        DateExtractor().extract(from: AnalysisTestText.article(text), anchor: tuesday)
    }

    @Test func absoluteDates() {
        let found = dates("Signed on April 8, 2024, in force from 8 April 2024, dated 2024-04-09, agreed in February 2022.")
        #expect(found.map(\.resolved?.description) == ["2024-04-08", "2024-04-08", "2024-04-09", "2022-02"])
    }

    @Test func bareYearsOnlyInDateContext() {
        let found = dates("Trade grew in 2023 and has doubled since 2018; the plan for the year 2024 lists 2025 targets.")
        #expect(found.map(\.text) == ["2023", "2018", "2024"])
        #expect(found.map(\.resolved?.description) == ["2023", "2018", "2024"])
    }

    @Test func monthDayTakesTheAnchorYear() {
        let found = dates("He arrived on April 8; the ministry confirmed it on April 7.")
        #expect(found.map(\.expression) == [.monthDay(month: 4, day: 8), .monthDay(month: 4, day: 7)])
        #expect(found.map(\.resolved?.description) == ["2024-04-08", "2024-04-07"])
    }

    @Test func weekdaysLookBackUnlessTheVerbLooksAhead() {
        let past = dates("Lavrov arrived in Beijing on Monday. Monday's meeting went well.")
        #expect(past.map(\.resolved?.description) == ["2024-04-08", "2024-04-08"])
        let future = dates("The minister is scheduled to visit China on Monday and Tuesday.")
        #expect(future.map(\.expression) == [.weekday(1, future: true), .weekday(2, future: true)])
        #expect(future.map(\.resolved?.description) == ["2024-04-15", "2024-04-09"])
        #expect(dates("She will arrive on Friday.").first?.resolved?.description == "2024-04-12")
        #expect(dates("She said on Tuesday it will rain.").first?.resolved?.description == "2024-04-09")
    }

    @Test func relativeDates() {
        let found = dates("Yesterday he spoke; earlier today he left. Last week, last month and last year, two days ago.")
        #expect(found.map(\.resolved?.description) == ["2024-04-08", "2024-04-09", "2024-04-02", "2024-03", "2023", "2024-04-07"])
        #expect(dates("It opens tomorrow and closes next month.").map(\.resolved?.description) == ["2024-04-10", "2024-05"])
    }

    @Test func unresolvedWithoutAnchor() {
        let found = DateExtractor().extract(from: AnalysisTestText.article("It happened on Monday."))
        #expect(found.count == 1)
        #expect(found[0].resolved == nil)
    }
}

@Suite("DateExtractor ranges and periods")
struct DateExtractorRangeTests {
    @Test func rangesAndPeriodsOfYears() {
        let found = DateExtractor().extract(from: AnalysisTestText.article(
            "The visit on April 8-9 follows talks in spring 2023 and precedes a summit by the end of 2024."))
        #expect(found.map(\.resolved?.description) == [nil, "2023", "2024"])
        #expect(found.first?.expression == .monthDay(month: 4, day: 8))
    }
}
