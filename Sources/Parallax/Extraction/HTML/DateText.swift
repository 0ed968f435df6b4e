/// Reads a publication day from the date strings pages carry (ISO 8601 and its cousins, dates in URLs).
enum DateText {
    /// `2024-04-09`, `2024-04-09T10:00:00Z`, `2024/04/09`, `20240409`, `09.04.2024`; nil otherwise.
    static func parse(_ text: String) -> CalendarDate? {
        let digits = Array(text.utf8.prefix(32))
        var numbers: [Int] = []
        var widths: [Int] = []
        var current = 0
        var width = 0
        for byte in digits + [0x20] {
            if byte >= 0x30 && byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                width += 1
            } else {
                if width > 0 { numbers.append(current); widths.append(width) }
                current = 0
                width = 0
                if byte == 0x54 || byte == 0x20 && numbers.count >= 3 { break }  // 'T' or the time part
                if numbers.count >= 3 { break }
            }
        }
        if numbers.count >= 3 {
            if widths[0] == 4 { return valid(numbers[0], numbers[1], numbers[2]) }
            if widths[2] == 4 { return valid(numbers[2], numbers[1], numbers[0]) }
        }
        if numbers.count >= 1 && widths[0] == 8 {
            let value = numbers[0]
            return valid(value / 10000, value / 100 % 100, value % 100)
        }
        return nil
    }

    /// A `/2024/04/09/` or `/2024-04-09` day in a URL path.
    static func fromURL(_ url: String) -> CalendarDate? {
        let bytes = Array(url.utf8)
        var index = 0
        while index + 10 <= bytes.count {
            if bytes[index] == 0x2F, let date = parse(String(decoding: bytes[(index + 1)..<min(bytes.count, index + 11)], as: UTF8.self)),
               bytes[index + 5] == 0x2F || bytes[index + 5] == 0x2D {
                return date
            }
            index += 1
        }
        return nil
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
