/// One day of a story told over several days: what was reported that day, and the articles that reported it.
public struct Development: Hashable, Codable, Sendable {
    /// The publication day.
    public let date: CalendarDate
    /// The day's most representative title (or, without titles, the main clause of its first article's lead).
    public let text: String
    /// The articles published that day, in the story's order; the first is the one `text` comes from.
    public let articles: [ArticleID]

    public init(date: CalendarDate, text: String, articles: [ArticleID]) {
        self.date = date
        self.text = text
        self.articles = articles
    }
}
