/// Finds dates in text: absolute ("April 8, 2024", "February 2022", "in 2023"), month and day ("April 8"),
/// weekdays ("on Monday", looking ahead after "will"), and relative ones ("yesterday", "last month", "two days ago").
package struct DateExtractor: Sendable {
    package init() {}

    /// The dates of an article, resolved against `anchor` when one is given.
    package func extract(from article: Article, sentences: [Sentence] = [], anchor: CalendarDate? = nil) -> [DateMention] {
        extract(AnalysisText(article: article.id, text: article.text, sentences: sentences), anchor: anchor)
    }

    func extract(_ text: AnalysisText, anchor: CalendarDate?) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = 0
        while index < text.words.count {
            if let (expression, end) = expression(at: index, in: text) {
                let start = text.words[index].start
                let endByte = text.words[end - 1].withoutPossessive.end
                mentions.append(DateMention(
                    span: text.span(start, endByte), text: text.string(start, endByte), expression: expression,
                    resolved: resolve(expression, anchor: anchor)))
                index = end
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// Absolute dates need no anchor; the others wait for one.
    private func resolve(_ expression: DateMention.Expression, anchor: CalendarDate?) -> CalendarDate? {
        if let anchor { return DateResolver.resolve(expression, anchor: anchor) }
        if case .absolute(let date) = expression { return date }
        return nil
    }

    /// The expression starting at word `index` and the index just past it.
    private func expression(at index: Int, in text: AnalysisText) -> (DateMention.Expression, Int)? {
        let words = text.words
        let word = words[index]
        if let iso = isoDate(word) { return (.absolute(iso), index + 1) }
        if let month = MonthNames.month(word) {
            if let day = dayNumber(at: index + 1, in: text) {
                if let year = year(at: index + 2, in: text, allowComma: true) {
                    return (.absolute(CalendarDate(year: year, month: month, day: day)), index + 3)
                }
                return (.monthDay(month: month, day: day), index + 2)
            }
            if let year = year(at: index + 1, in: text, allowComma: true) {
                return (.absolute(CalendarDate(year: year, month: month)), index + 2)
            }
            // "in January", "by March": a month alone, after a word that makes it a time.
            if index > 0, DateLexicon.monthCues.contains(text.words[index - 1].lower), !text.words[index].isPossessive {
                return (.month(month, future: tense(around: index, in: text)), index + 1)
            }
            return nil
        }
        if let day = dayNumber(at: index, in: text) {
            var monthIndex = index + 1
            if monthIndex < words.count, words[monthIndex].lower == "of" { monthIndex += 1 }
            guard monthIndex < words.count, text.isPlainSpace(before: monthIndex),
                let month = MonthNames.month(words[monthIndex]) else { return nil }
            if let year = year(at: monthIndex + 1, in: text, allowComma: true) {
                return (.absolute(CalendarDate(year: year, month: month, day: day)), monthIndex + 2)
            }
            return (.monthDay(month: month, day: day), monthIndex + 1)
        }
        if word.startsWithDigit, index > 0, isYearContext(index, in: text),
            let year = year(at: index, in: text, allowComma: false), !isFollowedByCountedNoun(index, in: text) {
            return (.absolute(CalendarDate(year: year)), index + 1)
        }
        if let weekday = MonthNames.weekday(word) {
            // "Black Friday", "Super Tuesday": a named day, not a date.
            if index > 0, DateLexicon.namedDayModifiers.contains(words[index - 1].lower), words[index - 1].isCapitalized {
                return nil
            }
            // "on Friday, Sept. 14": the weekday names the day the date states.
            if index + 1 < words.count, text.gap(before: index + 1).elementsEqual(Array(", ".utf8)),
                let (stated, end) = expression(at: index + 1, in: text) {
                switch stated {
                case .monthDay(let month, let day, nil): return (.monthDay(month: month, day: day, weekday: weekday), end)
                case .monthDay, .absolute: return (stated, end)
                default: break
                }
            }
            return (.weekday(weekday, future: tense(around: index, in: text) == true), index + 1)
        }
        return relative(at: index, in: text)
    }

    private func relative(at index: Int, in text: AnalysisText) -> (DateMention.Expression, Int)? {
        let words = text.words
        let lower = words[index].withoutPossessive.text.lowercased()
        if let days = DateLexicon.dayWords[lower] {
            // "USA TODAY", "the Today show": a capitalized day word inside a sentence is part of a name.
            if words[index].isCapitalized, !text.isSentenceInitial(index) { return nil }
            return (.relative(days: days, months: 0, years: 0), index + 1)
        }
        guard index + 1 < words.count, text.isPlainSpace(before: index + 1) else { return nil }
        let next = words[index + 1].withoutPossessive.text.lowercased()
        // "this year", "this month": the anchor's own year or month.
        if lower == "this", next == "year" || next == "month" {
            return (.current(month: next == "month"), index + 2)
        }
        // "the next day" counts from the story's own events, not from the publication date.
        if lower == "last" || lower == "next", let period = DateLexicon.periods[next], !next.hasSuffix("s"), next != "day" {
            let sign = lower == "last" ? -1 : 1
            return (.relative(days: sign * period.days, months: sign * period.months, years: sign * period.years), index + 2)
        }
        // "two days ago", "a year ago"
        if index + 2 < words.count, words[index + 2].lower == "ago", text.isPlainSpace(before: index + 2),
            let period = DateLexicon.periods[next] {
            let count = lower == "a" || lower == "an" ? 1 : NumberLexicon.numberWords[lower] ?? Int(lower)
            guard let count, count > 0, count < 1000 else { return nil }
            return (.relative(days: -count * period.days, months: -count * period.months, years: -count * period.years),
                    index + 3)
        }
        return nil
    }

    /// Whether the clause around a date looks ahead (true: "will arrive on Monday", "is scheduled to be
    /// arraigned Thursday", "coming in January"), back (false: "said on Monday", "In October, the department
    /// asked"), or does not say (nil). The words before the date decide first; then a few words after it.
    private func tense(around index: Int, in text: AnalysisText) -> Bool? {
        let words = text.words
        if index > 0 {
            let previous = words[index - 1].lower
            if previous == "next" || previous == "coming" { return true }
            if previous == "last" || previous == "past" { return false }
        }
        func cue(_ position: Int) -> Bool? {
            let lower = words[position].lower
            if DateLexicon.futureCues.contains(lower) || lower.hasSuffix("'ll") { return true }
            // "to be arraigned", "will be charged": a participle after "be" is not a past tense.
            let afterBe = position > 0 && ["be", "being"].contains(words[position - 1].lower)
            if DateLexicon.pastCues.contains(lower) || (lower.hasSuffix("ed") && lower.count > 4 && !afterBe) { return false }
            return nil
        }
        var position = index - 1
        var looked = 0
        while position >= 0, looked < 12, text.sentenceOfWord[position] == text.sentenceOfWord[index] {
            if let found = cue(position) { return found }
            position -= 1
            looked += 1
        }
        position = index + 1
        while position < words.count, position <= index + 6, text.sentenceOfWord[position] == text.sentenceOfWord[index] {
            if let found = cue(position) { return found }
            position += 1
        }
        return nil
    }

    private func isoDate(_ word: AnalysisWord) -> CalendarDate? {
        let bytes = Array(word.text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        guard let date = CalendarDate(iso: word.text), date.day != nil, date.year >= 1000 else { return nil }
        return date
    }

    /// A day of the month ("8", "8th") at word `index`, right after a plain space when not the first word.
    private func dayNumber(at index: Int, in text: AnalysisText) -> Int? {
        guard index < text.words.count else { return nil }
        let word = text.words[index]
        guard word.startsWithDigit else { return nil }
        var lower = word.lower
        // "April 8-9": the range starts the date.
        if let dash = lower.firstIndex(of: "-"), Int(lower[lower.index(after: dash)...]) != nil { lower = String(lower[..<dash]) }
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) { lower.removeLast(2) }
        guard lower.count <= 2, let day = Int(lower), (1...31).contains(day) else { return nil }
        return day
    }

    /// A year ("2024") at word `index`, after a space (or ", " when `allowComma`).
    private func year(at index: Int, in text: AnalysisText, allowComma: Bool) -> Int? {
        guard index < text.words.count else { return nil }
        let word = text.words[index]
        guard word.text.utf8.count == 4, let year = Int(word.text), (1000...2100).contains(year) else { return nil }
        if index > 0 {
            let gap = text.gap(before: index)
            let plain = text.isPlainSpace(before: index)
            let comma = allowComma && gap.elementsEqual(Array(", ".utf8))
            guard plain || comma || index == 0 else { return nil }
        }
        return year
    }

    private func isYearContext(_ index: Int, in text: AnalysisText) -> Bool {
        let previous = text.words[index - 1].lower
        if DateLexicon.yearCues.contains(previous) { return true }
        // "the 2003 invasion", "a 2016 candidate": a year of the last century or this one, used as a modifier.
        if DateLexicon.determiners.contains(previous), let year = Int(text.words[index].text), (1900...2100).contains(year),
            index + 1 < text.words.count, !text.words[index + 1].isCapitalized, !text.words[index + 1].startsWithDigit {
            return true
        }
        return previous == "of" && index > 1 && DateLexicon.periodsOfYear.contains(text.words[index - 2].lower)
    }

    /// "in 2023 people", "for 1500 euros" are counts and sums, not years.
    private func isFollowedByCountedNoun(_ index: Int, in text: AnalysisText) -> Bool {
        let next = index + 1
        guard next < text.words.count, text.isPlainSpace(before: next) else { return false }
        let lower = text.words[next].lower
        return (NumberLexicon.units[lower] != nil && NumberLexicon.units[lower] != "year") || NumberLexicon.currencyWords[lower] != nil
            || NumberLexicon.scales[lower] != nil
    }
}
