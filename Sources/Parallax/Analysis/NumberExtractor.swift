import Foundation

/// Finds quantities in text ("$240.1 billion", "four days", "3.5%", "two-day") with their value and unit.
///
/// Years ("in 2023"), days of dates ("April 8") and ordinals are not quantities and are left to the dates.
package struct NumberExtractor: Sendable {
    package init() {}

    /// The quantities of an article's text.
    package func extract(from article: Article, sentences: [Sentence] = []) -> [NumberMention] {
        extract(AnalysisText(article: article.id, text: article.text, sentences: sentences))
    }

    func extract(_ text: AnalysisText) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        let words = text.words
        while index < words.count {
            if let tally = tally(at: index, in: text) {
                mentions += tally
                index += 1
            } else if let (mention, next) = quantity(at: index, in: text) {
                mentions.append(mention)
                index = next
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// The two counts of a tally or range written as one word ("a 134-to-63 vote", "5-to-10 years"), without a
    /// unit: outlets write the same tally with and without one ("won, 134 to 63"), and facts compare them.
    private func tally(at index: Int, in text: AnalysisText) -> [NumberMention]? {
        let word = text.words[index]
        guard word.startsWithDigit else { return nil }
        let parts = word.lower.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "to", parts[0].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isASCII),
              let first = Int(parts[0]), let second = Int(parts[2]) else { return nil }
        let firstEnd = word.start + parts[0].utf8.count
        let secondStart = word.end - parts[2].utf8.count
        return [(word.start, firstEnd, first), (secondStart, word.end, second)].map { start, end, value in
            NumberMention(span: text.span(start, end), text: text.string(start, end), value: Double(value), unit: nil)
        }
    }

    /// A parsed leading number: its mantissa digits, decimal places, and what the word itself adds.
    private struct Leading {
        var mantissa: Int
        var decimals: Int
        var scale: Int = 0
        var unit: String?
        var isSpelledOut = false
        var isPlainInteger = false
    }

    private func quantity(at index: Int, in text: AnalysisText) -> (NumberMention, Int)? {
        let words = text.words
        let word = words[index]
        var next = index + 1
        guard var leading = leadingNumber(word) ?? spelledNumber(at: index, in: text, next: &next) else { return nil }
        if word.startsWithDigit, isTimeOrRatio(word, in: text) { return nil }
        let currencyStart = currency(before: word.start, in: text)
        var currencyCode = currencyStart?.code
        var end = leading.isSpelledOut ? words[next - 1].end : word.end

        // A scale word after the number: "240.1 billion", "two million".
        if leading.unit == nil, next < words.count, text.isPlainSpace(before: next),
            let scale = NumberLexicon.scales[words[next].lower], words[next].lower.count > 1 {
            leading.scale += scale
            end = words[next].end
            next += 1
        }
        var unit = leading.unit
        if unit == nil, currencyCode == nil {
            if end < text.bytes.count, text.bytes[end] == UInt8(ascii: "%") {
                unit = "percent"
                end += 1
            } else if next < words.count, text.isPlainSpace(before: next) {
                let following = words[next].lower
                if following == "per", next + 1 < words.count, words[next + 1].lower == "cent" {
                    unit = "percent"; end = words[next + 1].end; next += 2
                } else if following == "percentage", next + 1 < words.count, words[next + 1].lower.hasPrefix("point") {
                    unit = "percentage point"; end = words[next + 1].end; next += 2
                } else if let code = NumberLexicon.currencyWords[following] {
                    currencyCode = code; end = words[next].end; next += 1
                } else if let counted = NumberLexicon.units[following] {
                    unit = counted; end = words[next].end; next += 1
                } else if NumberLexicon.countModifiers.contains(following) || NameLexicon.demonyms.contains(following),
                    next + 1 < words.count, text.isPlainSpace(before: next + 1),
                    let counted = NumberLexicon.units[words[next + 1].lower] {
                    // "four more days", "1,200 Ukrainian soldiers": one word between the number and what it counts.
                    unit = counted; end = words[next + 1].end; next += 2
                }
            }
        }
        if currencyCode == nil, unit == nil, leading.scale == 0 {
            if leading.isPlainInteger, isYear(leading.mantissa) { return nil }
            if leading.isPlainInteger, leading.mantissa <= 31, isDayOfDate(index, in: text) { return nil }
            // "one" alone is usually a pronoun or an article ("one of the", "no one").
            if leading.isSpelledOut, leading.mantissa == 1 { return nil }
        }
        let start = currencyStart?.start ?? word.start
        let value = Self.value(mantissa: leading.mantissa, decimals: leading.decimals, scale: leading.scale)
        let mention = NumberMention(
            span: text.span(start, end), text: text.string(start, end), value: value, unit: currencyCode ?? unit)
        return (mention, next)
    }

    /// A number written in digits ("240.1", "1,200", "5bn", "12-point"), or nil.
    private func leadingNumber(_ word: AnalysisWord) -> Leading? {
        guard word.startsWithDigit else { return nil }
        let parts = word.lower.split(separator: "-", omittingEmptySubsequences: false)
        let head = parts[0]
        var digits = ""
        var decimals = 0
        var inFraction = false
        var suffix = ""
        for character in head {
            if suffix.isEmpty, character.isASCII, character.isNumber {
                digits.append(character)
                if inFraction { decimals += 1 }
            } else if suffix.isEmpty, character == "." {
                inFraction = true
            } else if suffix.isEmpty, character == "," {
                continue
            } else {
                suffix.append(character)
            }
        }
        guard !digits.isEmpty, digits.count <= 15, let mantissa = Int(digits) else { return nil }
        var leading = Leading(mantissa: mantissa, decimals: decimals)
        if !suffix.isEmpty {
            // "5bn" and "3m" scale the number; "8th", "G7"-like mixtures are not quantities.
            guard let scale = NumberLexicon.scales[suffix] else { return nil }
            leading.scale = scale
        }
        leading.isPlainInteger = suffix.isEmpty && decimals == 0 && !head.contains(",")
        if parts.count > 1 {
            // "2024-04-09" and "8-9" are dates or ranges, not one quantity.
            if parts[1].first?.isNumber == true { return nil }
            leading.unit = NumberLexicon.units[String(parts[1])]
            leading.isPlainInteger = false
        }
        return leading
    }

    /// A spelled-out number ("four", "twenty-five", "two-day", "a dozen", "two hundred"); sets `next` past it.
    private func spelledNumber(at index: Int, in text: AnalysisText, next: inout Int) -> Leading? {
        let words = text.words
        var position = index
        if words[index].lower == "a", index + 1 < words.count, words[index + 1].lower == "dozen",
            text.isPlainSpace(before: index + 1) {
            position = index + 1
        }
        let parts = words[position].lower.split(separator: "-")
        guard let first = parts.first, var value = NumberLexicon.numberWords[String(first)] else { return nil }
        var unit: String?
        for part in parts.dropFirst() {
            if let more = NumberLexicon.numberWords[String(part)], more < 10, value >= 20 {
                value += more
            } else if let counted = NumberLexicon.units[String(part)] {
                unit = counted
            } else {
                return nil
            }
        }
        next = position + 1
        var leading = Leading(mantissa: value, decimals: 0, unit: unit, isSpelledOut: true)
        // "two hundred", "three thousand": a count of hundreds, not a separate scale.
        while unit == nil, next < words.count, text.isPlainSpace(before: next),
            let scale = NumberLexicon.scales[words[next].lower], scale <= 3, words[next].lower.count > 1 {
            leading.mantissa *= scale == 2 ? 100 : 1000
            next += 1
        }
        return leading
    }

    private func currency(before offset: Int, in text: AnalysisText) -> (start: Int, code: String)? {
        for (symbol, code) in NumberLexicon.currencySymbols where offset >= symbol.count {
            let start = offset - symbol.count
            if text.bytes[start..<offset].elementsEqual(symbol) { return (start, code) }
        }
        return nil
    }

    private func isTimeOrRatio(_ word: AnalysisWord, in text: AnalysisText) -> Bool {
        let bytes = text.bytes
        // "10:30", "2005/01/08", "3/4": parts of times, dates and ratios.
        func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") }
        return (word.end + 1 < bytes.count && isSeparator(bytes[word.end]) && WordScanner.isDigit(bytes[word.end + 1]))
            || (word.start > 1 && isSeparator(bytes[word.start - 1]) && WordScanner.isDigit(bytes[word.start - 2]))
    }

    private func isYear(_ value: Int) -> Bool { (1000...2100).contains(value) }

    /// "April 8", "8 April", "April 8-9": the day of a date.
    private func isDayOfDate(_ index: Int, in text: AnalysisText) -> Bool {
        let words = text.words
        if index > 0, MonthNames.month(words[index - 1]) != nil { return true }
        if index + 1 < words.count, MonthNames.month(words[index + 1]) != nil { return true }
        if index + 2 < words.count, words[index + 1].lower == "of", MonthNames.month(words[index + 2]) != nil { return true }
        return false
    }

    /// The exact value of `mantissa × 10^(scale − decimals)`, computed so "240.1 billion" is 240100000000 exactly.
    static func value(mantissa: Int, decimals: Int, scale: Int) -> Double {
        let exponent = scale - decimals
        if exponent >= 0 { return Double(mantissa) * pow(10, Double(exponent)) }
        return Double(mantissa) / pow(10, Double(-exponent))
    }
}
