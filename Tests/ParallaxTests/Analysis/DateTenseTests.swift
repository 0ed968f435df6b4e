import Testing
@testable import Parallax

/// Dates as news states them: months by tense, "this year", years as modifiers, and words that only look like dates.
@Suite("Date tense and names")
struct DateTenseTests {
    let august = CalendarDate(year: 2018, month: 8, day: 22)

    func dates(_ text: String, anchor: CalendarDate? = nil) -> [DateMention] {
        DateExtractor().extract(from: AnalysisTestText.article(text), anchor: anchor ?? august)
    }

    @Test func monthsAloneTakeTheYearTheirTenseGives() {
        #expect(dates("In October, the department asked for the files.").first?.resolved?.description == "2017-10")
        #expect(dates("The new administration is coming in January.").first?.resolved?.description == "2019-01")
        #expect(dates("He paid the money back in February.").first?.resolved?.description == "2018-02")
        #expect(dates("He is running for re-election in November.").first?.resolved?.description == "2018-11")
    }

    @Test func thisYearAndYearsUsedAsModifiers() {
        #expect(dates("His speech this year drew crowds.").first?.resolved?.description == "2018")
        #expect(dates("Critics recalled the 2003 invasion of Iraq.").first?.resolved?.description == "2003")
        #expect(dates("The 2000 residents of the town voted.").isEmpty == false)
    }

    @Test func weekdaysFollowTenseOnBothSides() {
        #expect(dates("Hunter is scheduled to be arraigned Thursday morning.").first?.resolved?.description == "2018-08-23")
        #expect(dates("Hunter was arraigned Monday.").first?.resolved?.description == "2018-08-20")
    }

    @Test func aWeekdayBeforeItsDateTakesThatDate() {
        let found = dates("The e-mail was sent at 4:20 p.m. on Friday, Sept. 14.")
        #expect(found.count == 1)
        #expect(found.first?.text == "Friday, Sept. 14")
        #expect(found.first?.expression == .monthDay(month: 9, day: 14, weekday: 5))
        // Read in May 2013, the weekday says which September: 2012's, when the 14th was a Friday.
        let may2013 = CalendarDate(year: 2013, month: 5, day: 15)
        #expect(dates("The e-mail was sent at 4:20 p.m. on Friday, Sept. 14.", anchor: may2013).first?.resolved?.description == "2012-09-14")
    }

    @Test func forBeforeAYearDatesItUnlessASumFollows() {
        #expect(dates("The tax rate for 2014 was 35.7 percent.").first?.resolved?.description == "2014")
        #expect(dates("The painting sold for 1500 euros.").isEmpty)
    }

    @Test func namesThatHoldDateWordsAreNotDates() {
        #expect(dates("He told USA TODAY that Black Friday sales rose.").isEmpty)
    }

    @Test func undatedArticlesKeepRelativeDatesOpenInTheStory() {
        let undated = AlignmentFixture.article("a", "The 1998 treaty was signed on March 3, 1998. On Friday the minister resigned.")
        let aligned = AlignmentFixture.align([undated])
        let friday = aligned.story.articles[0].dates.first { $0.text == "Friday" }
        #expect(friday != nil && friday?.resolved == nil)
    }
}
