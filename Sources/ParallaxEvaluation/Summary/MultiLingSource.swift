import Parallax
/// Reads one MultiLing 2011 source text: the first line is its title (after an optional `YYYY/MM/DD` date),
/// a following weekday date line ("Saturday, January 8, 2005") is its publication date, the rest is its text.
package enum MultiLingSource {
    /// The article of one source file; every non-empty line is its own paragraph, so titles never glue onto sentences.
    package static func article(id: String, text: String) -> Article {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { trim($0) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        var title = lines.isEmpty ? "" : lines.removeFirst()
        var published: CalendarDate?
        if title.utf8.count > 11, title.utf8.dropFirst(10).first == UInt8(ascii: " "),
           let date = CalendarDate(iso: String(title.prefix(10)).split(separator: "/").joined(separator: "-")) {
            published = date
            title = String(title.dropFirst(11))
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        if let line = lines.first, let date = weekdayDate(line) {
            published = published ?? date
            lines.removeFirst()
        }
        return Article(
            id: ArticleID(id), origin: id, text: lines.filter { !$0.isEmpty }.joined(separator: "\n\n"),
            metadata: ArticleMetadata(title: title, published: published, language: "en")
        )
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// "Saturday, January 8, 2005" → 2005-01-08.
    static func weekdayDate(_ line: String) -> CalendarDate? {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count == 4, let month = months.firstIndex(of: String(words[1])),
              let day = Int(words[2]), let year = Int(words[3])
        else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }

    private static func trim(_ line: Substring) -> String {
        var text = line
        while let last = text.last, last == " " || last == "\r" || last == "\t" { text.removeLast() }
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        return String(text)
    }
}
