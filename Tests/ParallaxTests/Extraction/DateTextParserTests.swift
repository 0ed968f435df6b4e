import Testing
@testable import Parallax

@Suite struct DateTextParserTests {
    let april9 = CalendarDate(year: 2024, month: 4, day: 9)

    @Test func readsFeedDates() {
        #expect(DateTextParser.parseField("2024-04-09") == april9)
        #expect(DateTextParser.parseField("2024-04-09T10:00:00+02:00") == april9)
        #expect(DateTextParser.parseField("Tue, 09 Apr 2024 10:00:00 GMT") == april9)
        #expect(DateTextParser.parseField("next week") == nil)
    }

    @Test func findsDatesInMetadataLines() {
        #expect(DateTextParser.firstDate(in: "Updated: April 9, 2024 10:32 IST") == april9)
        #expect(DateTextParser.firstDate(in: "Published on 9 April 2024") == april9)
        #expect(DateTextParser.firstDate(in: "date 2024-04-09 Follow us") == april9)
        #expect(DateTextParser.firstDate(in: "Posted 9th April 2024") == april9)
        #expect(DateTextParser.firstDate(in: "you may 9 2024") == nil)
        #expect(DateTextParser.firstDate(in: "April 2024") == nil)
    }
}
