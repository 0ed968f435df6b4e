import Testing
@testable import Parallax

/// Contradictions only where the sources give incompatible values for one thing.
@Suite("Trusted conflicts")
struct TrustedConflictTests {
    @Test func aRankIsALabelNotACount() {
        let a = AlignmentFixture.article("a", "Jim Clyburn of South Carolina remained in the No. 3 position of assistant leader.")
        let b = AlignmentFixture.article("b", "James E. Clyburn of South Carolina stayed in the No. 2 position of assistant leader.")
        #expect(AlignmentFixture.align([a, b]).conflicts.isEmpty)
    }

    @Test func namesThatMayBeOnePersonDoNotConflict() {
        #expect(ConflictFinder.maybeSamePerson("Joe Lieberman", "Joseph I. Lieberman"))
        #expect(ConflictFinder.maybeSamePerson("Bill Clinton", "William Clinton"))
        #expect(ConflictFinder.maybeSamePerson("Ben Smith", "BuzzFeed Editor-in-Chief Ben Smith"))
        #expect(!ConflictFinder.maybeSamePerson("Loretta Sanchez", "Linda T. Sánchez"))
        #expect(!ConflictFinder.maybeSamePerson("Anna Berg", "Tomas Keller"))
    }

    @Test func aThingMeasuredTwoWaysConflicts() throws {
        let a = AlignmentFixture.article("a", "Prosecutors released the 48-page indictment on Tuesday.")
        let b = AlignmentFixture.article("b", "The 47-page indictment says the money was spent on trips.")
        let conflict = try #require(AlignmentFixture.align([a, b]).conflicts.first)
        #expect(conflict.slot == .number)
        #expect(Set(conflict.claims.map(\.value)) == ["48-page", "47-page"])
        #expect(conflict.about == "how many pages the indictment has")
    }

    @Test func quantitiesOfDifferentPeriodsDoNotConflict() {
        let a = AlignmentFixture.article("a", "The couple's effective federal tax rate for 2014 was 35.7 percent, the returns show.")
        let b = AlignmentFixture.article("b", "From 2007 through 2014 the couple's effective federal tax rate was 31.6 percent, the returns show.")
        let c = AlignmentFixture.article("c", "The couple's effective federal tax rate for 2014 was 31.6 percent, the returns show.")
        #expect(AlignmentFixture.align([a, b]).conflicts.isEmpty)
        #expect(AlignmentFixture.align([a, c]).conflicts.map(\.slot) == [.number])
    }

    @Test func twoThingsMeasuredInOneSourceDoNotConflict() {
        let a = AlignmentFixture.article("a", "The 48-page indictment and a 10-page indictment were released.")
        let b = AlignmentFixture.article("b", "The 47-page indictment was released.")
        #expect(AlignmentFixture.align([a, b]).conflicts.isEmpty)
    }

    @Test func aWeekdayAndARelativeDateDoNotConflict() {
        let published = CalendarDate(year: 2015, month: 4, day: 1)
        let a = AlignmentFixture.article("a", "Governor Mike Pence signed the religious freedom law on Thursday.", published: published)
        let b = AlignmentFixture.article("b", "Governor Mike Pence signed the religious freedom law last week.", published: published)
        #expect(AlignmentFixture.align([a, b]).conflicts.isEmpty)
    }

    @Test func yearsModifyingDifferentNounsDoNotConflict() {
        let a = AlignmentFixture.article("a", "The bill lets families sue Saudi Arabia over the 2001 attacks, Congress said.")
        let b = AlignmentFixture.article("b", "The bill, which Saudi Arabia opposed, amends a 1976 law on immunity, Congress said.")
        #expect(AlignmentFixture.align([a, b]).conflicts.isEmpty)
    }

    @Test func shortOrUnattributedQuotesGiveNoSpeakerConflict() {
        let a = AlignmentFixture.article("a", "Netanyahu appeared on NBC's \"Meet the Press\" on Sunday, Netanyahu said.")
        let b = AlignmentFixture.article("b", "Bibi Netanyahu said on NBC's \"Meet the Press\" that he respects Obama.")
        #expect(!AlignmentFixture.align([a, b]).conflicts.contains { $0.slot == .speaker })
    }
}
