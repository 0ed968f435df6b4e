/// Reads publication dates as sites and feeds write them: ISO (`2024-04-09`, `2024-04-09T10:00:00Z`),
/// RFC 2822 (`Tue, 09 Apr 2024 10:00:00 GMT`), "April 9, 2024" and "9 April 2024".
package enum DateTextParser {
    /// English month names and their usual abbreviations, by number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// A whole field holding one date (a JSON Lines `published` value): ISO first, then the first date in it.
    package static func parseField(_ text: String) -> CalendarDate? {
        let trimmed = ExtractionText.trimmed(text)
        if let iso = strictISO(trimmed) { return iso }
        return firstDate(in: trimmed)
    }

    /// The first full date (day, month and year) in running text, in any of the supported forms.
    package static func firstDate(in text: String) -> CalendarDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," || $0 == "|" })
            .map { ExtractionText.trimmed(String($0), removing: ".;:()[]") }
        for (index, word) in words.enumerated() {
            if let iso = strictISO(word) { return iso }
            if word.first?.isUppercase == true, let month = months[word.lowercased()] {
                // "April 9, 2024" / "April 9 2024"
                if index + 2 < words.count, let day = dayNumber(words[index + 1]), let year = yearNumber(words[index + 2]) {
                    return CalendarDate(year: year, month: month, day: day)
                }
                // "9 April 2024" / "09 Apr 2024"
                if index >= 1, index + 1 < words.count, let day = dayNumber(words[index - 1]),
                   let year = yearNumber(words[index + 1]) {
                    return CalendarDate(year: year, month: month, day: day)
                }
            }
        }
        return nil
    }

    /// `YYYY-MM-DD`, optionally followed by a time: exactly the day precision, nothing looser.
    static func strictISO(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        for position in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(bytes[position]) { return nil }
        if text.utf8.count > 10, let next = text.utf8.dropFirst(10).first, next != 0x54, next != 0x20, next != 0x74 {
            return nil
        }
        return CalendarDate(iso: text)
    }

    private static func dayNumber(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1800...2200).contains(year) else { return nil }
        return year
    }
}
