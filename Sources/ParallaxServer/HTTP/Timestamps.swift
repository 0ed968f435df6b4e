import Foundation

/// Formats and parses the instants the server shows: ISO 8601 in UTC, to the second.
enum Timestamps {
    static func iso(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// For pages: "2024-04-09 14:05 UTC".
    static func readable(_ date: Date) -> String {
        let text = iso(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
    }

    /// Reads `since`: a full ISO 8601 instant, or a date (`YYYY-MM-DD`, taken as midnight UTC).
    static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).parse(text) {
            return date
        }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            return date
        }
        guard text.count == 10, let day = CalendarDateParts(text) else { return nil }
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }

    private struct CalendarDateParts {
        let year: Int, month: Int, day: Int
        init?(_ text: String) {
            let parts = text.split(separator: "-")
            guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            self.year = year
            self.month = month
            self.day = day
        }
    }
}
