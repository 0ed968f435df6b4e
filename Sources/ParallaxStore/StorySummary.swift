import Parallax

/// One line of `parallax stories`: a live story, how many articles and sources it has, and when it was seen.
package struct StorySummary: Hashable, Codable, Sendable {
    package let id: StoryID
    package let headline: String
    package let articles: Int
    /// Distinct publishers (an article without one counts as its own source).
    package let sources: Int
    /// The earliest and latest publication date of its articles (the ingestion day for undated ones).
    package let firstSeen: CalendarDate
    package let lastSeen: CalendarDate

    package init(id: StoryID, headline: String, articles: Int, sources: Int, firstSeen: CalendarDate, lastSeen: CalendarDate) {
        self.id = id
        self.headline = headline
        self.articles = articles
        self.sources = sources
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// A summary from a store's row, whose days are ISO dates; nil when one is not.
    package init?(id: String, headline: String, articles: Int, sources: Int, firstSeen: String, lastSeen: String) {
        guard let first = CalendarDate(iso: firstSeen), let last = CalendarDate(iso: lastSeen) else { return nil }
        self.init(id: StoryID(id), headline: headline, articles: articles, sources: sources, firstSeen: first, lastSeen: last)
    }
}
