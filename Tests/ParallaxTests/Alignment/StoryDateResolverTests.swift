import Testing
@testable import Parallax

@Suite("Story-level date resolution")
struct StoryDateResolverTests {
    let resolver = StoryDateResolver(weekdayReach: 3)
    let wednesday = CalendarDate(year: 2024, month: 4, day: 10)

    @Test func weekdayTakesTheNearestDayEitherSideOfABorrowedAnchor() {
        // Monday before a Wednesday anchor; Friday after it: both within three days.
        #expect(resolver.resolve(.weekday(1, future: false), borrowing: wednesday) == CalendarDate(year: 2024, month: 4, day: 8))
        #expect(resolver.resolve(.weekday(5, future: false), borrowing: wednesday) == CalendarDate(year: 2024, month: 4, day: 12))
        #expect(resolver.resolve(.weekday(3, future: false), borrowing: wednesday) == wednesday)
    }

    @Test func monthDayTakesTheAnchorYear() {
        #expect(resolver.resolve(.monthDay(month: 12, day: 30), borrowing: wednesday) == CalendarDate(year: 2024, month: 12, day: 30))
    }

    @Test func anchorIsTheLatestPublicationDateNeverAStatedDate() {
        let dated = AlignmentFixture.article("a", "The talks ended on April 9, 2024.", published: CalendarDate(year: 2024, month: 4, day: 9))
        let later = AlignmentFixture.article("b", "The talks ended.", published: CalendarDate(year: 2024, month: 4, day: 11))
        #expect(resolver.anchor(of: [dated, later]) == CalendarDate(year: 2024, month: 4, day: 11))
        let undated = AlignmentFixture.article("c", "The summit opened on March 3, 2023. Delegates met on March 3, 2023 again.")
        #expect(resolver.anchor(of: [undated]) == nil)
    }

    @Test func undatedArticlesBorrowTheStoryDate() {
        let dated = AlignmentFixture.article(
            "a", "The minister held talks in Paris on Wednesday.", published: CalendarDate(year: 2024, month: 4, day: 10))
        let undated = AlignmentFixture.article("b", "The minister arrived in Paris on Monday for talks.")
        let story = resolver.resolve(AlignmentFixture.story([dated, undated]))
        #expect(story.articles.map(\.id) == [dated.id, undated.id])
        let monday = story.articles[1].dates.first { $0.text == "Monday" }
        #expect(monday?.resolved == CalendarDate(year: 2024, month: 4, day: 8))
    }
}
