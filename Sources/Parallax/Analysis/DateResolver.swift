/// Turns a date expression into a calendar date, given the day (or month, or year) it is relative to.
package struct DateResolver: Sendable {
    /// The date `expression` names when written on `anchor`; nil when the anchor is too coarse for it.
    ///
    /// Weekdays resolve to the nearest such day on or before the anchor (after it when the wording looks ahead);
    /// a month and day take the year that puts them closest to the anchor (of the years whose calendar has the
    /// weekday the text gives with them, if any does); "last month" keeps month precision.
    package static func resolve(_ expression: DateMention.Expression, anchor: CalendarDate) -> CalendarDate? {
        switch expression {
        case .absolute(let date):
            return date
        case .monthDay(let month, let day, let weekday):
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            guard let anchorMonth = anchor.month else {
                return day <= GregorianCalendar.daysInMonth(year: anchor.year, month: month)
                    ? CalendarDate(year: anchor.year, month: month, day: day) : nil
            }
            let anchorDay = GregorianCalendar.dayNumber(year: anchor.year, month: anchorMonth, day: anchor.day ?? 15)
            var candidates = [anchor.year - 1, anchor.year, anchor.year + 1].filter {
                day <= GregorianCalendar.daysInMonth(year: $0, month: month)
            }
            // "Friday, Sept. 14": a date falls on a given weekday in about one year of seven, so the weekday picks
            // the year among those near the anchor (when none fits, the weekday is a slip and the nearest year stays).
            let fitting = candidates.filter { year in
                weekday.map { GregorianCalendar.weekday(dayNumber: GregorianCalendar.dayNumber(year: year, month: month, day: day)) == $0 } ?? false
            }
            if !fitting.isEmpty { candidates = fitting }
            let best = candidates.min {
                abs(GregorianCalendar.dayNumber(year: $0, month: month, day: day) - anchorDay)
                    < abs(GregorianCalendar.dayNumber(year: $1, month: month, day: day) - anchorDay)
            }
            return best.map { CalendarDate(year: $0, month: month, day: day) }
        case .weekday(let weekday, let future):
            guard let anchorDay = dayNumber(anchor), (1...7).contains(weekday) else { return nil }
            let anchorWeekday = GregorianCalendar.weekday(dayNumber: anchorDay)
            let shift = future ? (weekday - anchorWeekday + 7) % 7 : -((anchorWeekday - weekday + 7) % 7)
            return date(anchorDay + shift)
        case .month(let month, let future):
            guard (1...12).contains(month) else { return nil }
            guard let anchorMonth = anchor.month else { return CalendarDate(year: anchor.year, month: month) }
            let year: Int
            switch future {
            case true?: year = month < anchorMonth ? anchor.year + 1 : anchor.year
            case false?: year = month > anchorMonth ? anchor.year - 1 : anchor.year
            case nil:
                // The nearer of this year's month and the one a year before or after.
                let ahead = (month - anchorMonth + 12) % 12
                // Half a year either way counts as past: news reports more than it announces.
                year = ahead == 0 ? anchor.year : ahead < 6 ? (month < anchorMonth ? anchor.year + 1 : anchor.year)
                    : (month > anchorMonth ? anchor.year - 1 : anchor.year)
            }
            return CalendarDate(year: year, month: month)
        case .current(let month):
            return month ? anchor.month.map { CalendarDate(year: anchor.year, month: $0) } : CalendarDate(year: anchor.year)
        case .relative(let days, let months, let years):
            if days != 0 || (months == 0 && years == 0) {
                guard let anchorDay = dayNumber(anchor) else { return nil }
                return date(anchorDay + days)
            }
            if months != 0 {
                guard let month = anchor.month else { return nil }
                let total = anchor.year * 12 + (month - 1) + months + years * 12
                return CalendarDate(year: total / 12, month: total % 12 + 1)
            }
            return CalendarDate(year: anchor.year + years)
        }
    }

    private static func dayNumber(_ date: CalendarDate) -> Int? {
        guard let month = date.month, let day = date.day else { return nil }
        return GregorianCalendar.dayNumber(year: date.year, month: month, day: day)
    }

    private static func date(_ dayNumber: Int) -> CalendarDate {
        let civil = GregorianCalendar.date(dayNumber: dayNumber)
        return CalendarDate(year: civil.year, month: civil.month, day: civil.day)
    }
}
