import Testing
@testable import Parallax

@Suite struct CalendarDateTests {
    @Test func parsesEachPrecision() {
        #expect(CalendarDate(iso: "2024-04-09") == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(CalendarDate(iso: "2022-02") == CalendarDate(year: 2022, month: 2))
        #expect(CalendarDate(iso: "2023") == CalendarDate(year: 2023))
        #expect(CalendarDate(iso: "2024-04-09T10:00:00Z") == CalendarDate(year: 2024, month: 4, day: 9))
    }

    @Test func rejectsNonsense() {
        #expect(CalendarDate(iso: "April") == nil)
        #expect(CalendarDate(iso: "2024-13-01") == nil)
        #expect(CalendarDate(iso: "24-01-01") == nil)
    }

    @Test func printsISOOfItsPrecision() {
        #expect(CalendarDate(year: 2024, month: 4, day: 9).description == "2024-04-09")
        #expect(CalendarDate(year: 2022, month: 2).description == "2022-02")
        #expect(CalendarDate(year: 2023).description == "2023")
    }

    @Test func ordersByYearMonthDay() {
        #expect(CalendarDate(year: 2022, month: 2) < CalendarDate(year: 2024, month: 4, day: 8))
        #expect(CalendarDate(year: 2024, month: 4, day: 8) < CalendarDate(year: 2024, month: 4, day: 9))
    }
}
