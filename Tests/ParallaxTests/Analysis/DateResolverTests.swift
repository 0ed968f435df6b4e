import Testing
@testable import Parallax

@Suite("DateResolver")
struct DateResolverTests {
    let tuesday = CalendarDate(year: 2024, month: 4, day: 9)

    @Test func weekdayOnOrBeforeTheAnchor() {
        #expect(DateResolver.resolve(.weekday(2, future: false), anchor: tuesday) == tuesday)
        #expect(DateResolver.resolve(.weekday(1, future: false), anchor: tuesday) == CalendarDate(year: 2024, month: 4, day: 8))
        #expect(DateResolver.resolve(.weekday(3, future: false), anchor: tuesday) == CalendarDate(year: 2024, month: 4, day: 3))
        #expect(DateResolver.resolve(.weekday(7, future: true), anchor: tuesday) == CalendarDate(year: 2024, month: 4, day: 14))
    }

    @Test func weekdaysAcrossMonthAndYearBoundaries() {
        let newYear = CalendarDate(year: 2025, month: 1, day: 1) // a Wednesday
        #expect(DateResolver.resolve(.weekday(5, future: false), anchor: newYear) == CalendarDate(year: 2024, month: 12, day: 27))
        let leap = CalendarDate(year: 2024, month: 3, day: 1) // a Friday
        #expect(DateResolver.resolve(.weekday(4, future: false), anchor: leap) == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func relativeKeepsItsPrecision() {
        #expect(DateResolver.resolve(.relative(days: 0, months: -1, years: 0), anchor: tuesday) == CalendarDate(year: 2024, month: 3))
        let january = CalendarDate(year: 2024, month: 1, day: 5)
        #expect(DateResolver.resolve(.relative(days: 0, months: -1, years: 0), anchor: january) == CalendarDate(year: 2023, month: 12))
        #expect(DateResolver.resolve(.relative(days: 0, months: 0, years: -1), anchor: tuesday) == CalendarDate(year: 2023))
        #expect(DateResolver.resolve(.relative(days: -1, months: 0, years: 0), anchor: CalendarDate(year: 2024, month: 3, day: 1))
            == CalendarDate(year: 2024, month: 2, day: 29))
    }

    @Test func monthDayTakesTheNearestYear() {
        let january = CalendarDate(year: 2024, month: 1, day: 3)
        #expect(DateResolver.resolve(.monthDay(month: 12, day: 28), anchor: january) == CalendarDate(year: 2023, month: 12, day: 28))
        #expect(DateResolver.resolve(.monthDay(month: 4, day: 8), anchor: tuesday) == CalendarDate(year: 2024, month: 4, day: 8))
        // Written in May 2013 about "Friday, Sept. 14": September 14 was a Friday in 2012, not in 2013.
        let may2013 = CalendarDate(year: 2013, month: 5, day: 15)
        #expect(DateResolver.resolve(.monthDay(month: 9, day: 14, weekday: 5), anchor: may2013) == CalendarDate(year: 2012, month: 9, day: 14))
        #expect(DateResolver.resolve(.monthDay(month: 9, day: 14), anchor: may2013) == CalendarDate(year: 2013, month: 9, day: 14))
        // A weekday that fits no nearby year is a slip: the nearest year stays.
        #expect(DateResolver.resolve(.monthDay(month: 9, day: 14, weekday: 1), anchor: may2013) == CalendarDate(year: 2013, month: 9, day: 14))
    }

    @Test func coarseAnchorsCannotResolveDays() {
        #expect(DateResolver.resolve(.weekday(1, future: false), anchor: CalendarDate(year: 2024)) == nil)
        #expect(DateResolver.resolve(.absolute(CalendarDate(year: 2022, month: 2)), anchor: CalendarDate(year: 2024)) == CalendarDate(year: 2022, month: 2))
    }

    @Test func gregorianDayNumbersRoundTrip() {
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let civil = GregorianCalendar.date(dayNumber: day)
            #expect(GregorianCalendar.dayNumber(year: civil.year, month: civil.month, day: civil.day) == day)
        }
        #expect(GregorianCalendar.weekday(dayNumber: GregorianCalendar.dayNumber(year: 2024, month: 4, day: 9)) == 2)
    }

    @Test func resolvingDatesFillsOnlyMissingDates() {
        let article = AnalysisTestText.article("Lavrov arrived in Beijing on Monday.")
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(analyzed.dates.map(\.resolved) == [nil])
        #expect(analyzed.resolvingDates(anchor: tuesday).dates.map(\.resolved) == [CalendarDate(year: 2024, month: 4, day: 8)])
        let dated = ArticleAnalyzer().analyze(AnalysisTestText.article("He left on Monday.", published: CalendarDate(year: 2024, month: 4, day: 17)))
        #expect(dated.resolvingDates(anchor: tuesday).dates.map(\.resolved) == [CalendarDate(year: 2024, month: 4, day: 15)])
    }
}
