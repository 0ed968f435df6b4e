/// A dated event of the story: what happened on a date, with the statements that say so.
public struct TimelineEntry: Hashable, Codable, Sendable {
    public let date: CalendarDate
    /// A short description: the clause around the date in the best-supported statement.
    public let text: String
    /// Every date mention resolved to this date for this event.
    public let mentions: [DateMention]

    public init(date: CalendarDate, text: String, mentions: [DateMention]) {
        self.date = date
        self.text = text
        self.mentions = mentions
    }
}
