import Foundation

/// Reads the dates feeds carry: RFC 822 (`Tue, 09 Apr 2024 10:00:00 GMT`, RSS) and ISO 8601 (Atom, `dc:date`).
///
/// Only the calendar day is kept, as stated; the time and zone are dropped because `CalendarDate` has none.
enum FeedDateParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func date(from text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = CalendarDate(iso: trimmed), iso.day != nil { return iso }
        return rfc822(trimmed)
    }

    /// Finds a month name, the day number before it (or after it) and the year after it.
    private static func rfc822(_ text: String) -> CalendarDate? {
        let words = text.split { $0 == " " || $0 == "," || $0 == "-" || $0 == "\t" || $0 == "\n" }
        guard let monthPosition = words.firstIndex(where: { month(of: $0) != nil }),
              let month = month(of: words[monthPosition]) else { return nil }
        var day: Int?
        var yearPosition = monthPosition + 1
        if monthPosition > words.startIndex, let value = Int(words[monthPosition - 1]), (1...31).contains(value) {
            day = value
        } else if monthPosition + 1 < words.endIndex, let value = Int(words[monthPosition + 1]), (1...31).contains(value) {
            day = value
            yearPosition += 1
        }
        guard let day, yearPosition < words.endIndex, let rawYear = Int(words[yearPosition]) else { return nil }
        let year: Int
        switch (words[yearPosition].count, rawYear) {
        case (4, 1000...2999): year = rawYear
        case (2, 0...49): year = 2000 + rawYear
        case (2, 50...99): year = 1900 + rawYear
        default: return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func month(of word: Substring) -> Int? {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        let prefix = word.prefix(3).lowercased()
        guard let index = months.firstIndex(of: prefix) else { return nil }
        return index + 1
    }
}
