/// A date the text states ("April 8", "on Monday", "last month", "February 2022"), resolved where possible.
public struct DateMention: Hashable, Codable, Sendable {
    /// How the date is expressed, which decides how it is resolved.
    public enum Expression: Hashable, Codable, Sendable {
        /// Fully stated: "April 8, 2024", "February 2022", "2023".
        case absolute(CalendarDate)
        /// A month and day without a year ("April 8"): the year comes from the anchor, and from the weekday the
        /// text gives with it ("Friday, Sept. 14"; ISO number, 1 = Monday), which only some years match.
        case monthDay(month: Int, day: Int, weekday: Int? = nil)
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

extension DateMention.Expression {
    private enum CodingKeys: String, CodingKey {
        case kind, date, month, day, weekday, direction, days, months, years, unit
        // `parallax.brief/1` and stores written before it wrote the case name as the key.
        case absolute, monthDay, relative, current
    }

    private enum LegacyKeys: String, CodingKey { case _0, month, day, future, days, months, years }

    /// Plain field names (`parallax.brief/2`): `{"kind": "weekday", "weekday": 1, "direction": "past"}`. A
    /// direction is `past` or `future`, and a month's is `nearest` when the wording does not say.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .absolute(let date):
            try container.encode("absolute", forKey: .kind)
            try container.encode(date, forKey: .date)
        case .monthDay(let month, let day, let weekday):
            try container.encode("monthDay", forKey: .kind)
            try container.encode(month, forKey: .month)
            try container.encode(day, forKey: .day)
            try container.encodeIfPresent(weekday, forKey: .weekday)
        case .weekday(let weekday, let future):
            try container.encode("weekday", forKey: .kind)
            try container.encode(weekday, forKey: .weekday)
            try container.encode(future ? "future" : "past", forKey: .direction)
        case .relative(let days, let months, let years):
            try container.encode("relative", forKey: .kind)
            try container.encode(days, forKey: .days)
            try container.encode(months, forKey: .months)
            try container.encode(years, forKey: .years)
        case .month(let month, let future):
            try container.encode("month", forKey: .kind)
            try container.encode(month, forKey: .month)
            try container.encode(future.map { $0 ? "future" : "past" } ?? "nearest", forKey: .direction)
        case .current(let month):
            try container.encode("current", forKey: .kind)
            try container.encode(month ? "month" : "year", forKey: .unit)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let kind = try container.decodeIfPresent(String.self, forKey: .kind) else {
            self = try Self.legacy(container)
            return
        }
        func direction() throws -> Bool? {
            switch try container.decode(String.self, forKey: .direction) {
            case "future": return true
            case "past": return false
            case "nearest": return nil
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .direction, in: container, debugDescription: "unknown direction \(other)")
            }
        }
        switch kind {
        case "absolute": self = .absolute(try container.decode(CalendarDate.self, forKey: .date))
        case "monthDay":
            self = .monthDay(
                month: try container.decode(Int.self, forKey: .month), day: try container.decode(Int.self, forKey: .day),
                weekday: try container.decodeIfPresent(Int.self, forKey: .weekday))
        case "weekday":
            guard let future = try direction() else {
                throw DecodingError.dataCorruptedError(forKey: .direction, in: container, debugDescription: "a weekday is past or future")
            }
            self = .weekday(try container.decode(Int.self, forKey: .weekday), future: future)
        case "relative":
            self = .relative(
                days: try container.decode(Int.self, forKey: .days), months: try container.decode(Int.self, forKey: .months),
                years: try container.decode(Int.self, forKey: .years))
        case "month": self = .month(try container.decode(Int.self, forKey: .month), future: try direction())
        case "current": self = .current(month: try container.decode(String.self, forKey: .unit) == "month")
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown date expression \(kind)")
        }
    }

    /// The shape Swift synthesized before `parallax.brief/2`: the case name as the only key.
    private static func legacy(_ container: KeyedDecodingContainer<CodingKeys>) throws -> Self {
        func fields(_ key: CodingKeys) throws -> KeyedDecodingContainer<LegacyKeys> {
            try container.nestedContainer(keyedBy: LegacyKeys.self, forKey: key)
        }
        if container.contains(.absolute) { return .absolute(try fields(.absolute).decode(CalendarDate.self, forKey: ._0)) }
        if container.contains(.monthDay) {
            let values = try fields(.monthDay)
            return .monthDay(month: try values.decode(Int.self, forKey: .month), day: try values.decode(Int.self, forKey: .day))
        }
        if container.contains(.weekday) {
            let values = try fields(.weekday)
            return .weekday(try values.decode(Int.self, forKey: ._0), future: try values.decode(Bool.self, forKey: .future))
        }
        if container.contains(.relative) {
            let values = try fields(.relative)
            return .relative(
                days: try values.decode(Int.self, forKey: .days), months: try values.decode(Int.self, forKey: .months),
                years: try values.decode(Int.self, forKey: .years))
        }
        if container.contains(.month) {
            let values = try fields(.month)
            return .month(try values.decode(Int.self, forKey: ._0), future: try values.decodeIfPresent(Bool.self, forKey: .future))
        }
        if container.contains(.current) { return .current(month: try fields(.current).decode(Bool.self, forKey: .month)) }
        throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath, debugDescription: "no date expression"))
    }
}
