/// A date the text states ("April 8", "on Monday", "last month", "February 2022"), resolved where possible.
public struct DateMention: Hashable, Codable, Sendable {
    /// How the date is expressed, which decides how it is resolved.
    public enum Expression: Hashable, Codable, Sendable {
        /// Fully stated: "April 8, 2024", "February 2022", "2023".
        case absolute(CalendarDate)
        /// A month and day without a year ("April 8"): the year comes from the anchor.
        case monthDay(month: Int, day: Int)
        /// A weekday ("on Tuesday"): the nearest such day not after the anchor, unless the wording looks ahead.
        case weekday(Int, future: Bool)
        /// Relative days, months or years: "yesterday" (-1 day), "last month" (-1 month), "next year" (+1 year).
        case relative(days: Int, months: Int, years: Int)
        /// A month without a year ("in January"): the year comes from the anchor and the tense, looking ahead
        /// (true), back (false) or, when the wording does not say (nil), to the nearer such month.
        case month(Int, future: Bool?)
        /// The anchor's own month ("this month") or year ("this year").
        case current(month: Bool)
    }

    public let span: TextSpan
    public let text: String
    public let expression: Expression
    /// The calendar date, once an anchor (publication date or story date) is known; nil before.
    public let resolved: CalendarDate?

    public init(span: TextSpan, text: String, expression: Expression, resolved: CalendarDate?) {
        self.span = span
        self.text = text
        self.expression = expression
        self.resolved = resolved
    }
}
