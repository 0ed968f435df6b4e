/// Resolves the dates of undated articles against the story's own date, which they borrow.
///
/// An article with no publication date cannot say which Monday "on Monday" is; the story can. Because the
/// anchor is borrowed (the article may be a day older or newer), a weekday takes the nearest such day within
/// a few days either side of it, and a month and day take the anchor's year.
struct StoryDateResolver: Sendable {
    let weekdayReach: Int

    /// The story's date: the latest publication date among its articles. A date the text states is never
    /// taken instead: it is as likely a historical date ("the 2003 invasion") as the day of the report, and
    /// every "Friday" resolved against it would be wrong; without a publication date, relative dates stay open.
    func anchor(of articles: [AnalyzedArticle]) -> CalendarDate? {
        articles.compactMap(\.article.metadata.published).max()
    }

    /// The story with every undated article's unresolved dates resolved against the story anchor.
    func resolve(_ story: Story) -> Story {
        guard let anchor = anchor(of: story.articles) else { return story }
        let articles = story.articles.map { article -> AnalyzedArticle in
            guard article.article.metadata.published == nil else { return article }
            let dates = article.dates.map { mention -> DateMention in
                guard mention.resolved == nil, let date = resolve(mention.expression, borrowing: anchor) else {
                    return mention
                }
                return DateMention(span: mention.span, text: mention.text, expression: mention.expression, resolved: date)
            }
            return AnalyzedArticle(
                article: article.article, tokens: article.tokens, sentences: article.sentences,
                entities: article.entities, quotes: article.quotes, numbers: article.numbers, dates: dates)
        }
        return Story(id: story.id, articles: articles, copies: story.copies)
    }

    /// The date `expression` names when the anchor is only the story's date, not the article's own.
    func resolve(_ expression: DateMention.Expression, borrowing anchor: CalendarDate) -> CalendarDate? {
        switch expression {
        case .weekday(let weekday, _):
            guard let month = anchor.month, let day = anchor.day, (1...7).contains(weekday) else { return nil }
            let anchorDay = GregorianCalendar.dayNumber(year: anchor.year, month: month, day: day)
            var shift = (weekday - GregorianCalendar.weekday(dayNumber: anchorDay) + 7) % 7
            if shift > weekdayReach { shift -= 7 }
            guard abs(shift) <= weekdayReach else { return nil }
            let civil = GregorianCalendar.date(dayNumber: anchorDay + shift)
            return CalendarDate(year: civil.year, month: civil.month, day: civil.day)
        case .monthDay(_, _, _?):
            // A weekday given with the date picks the year as in a dated article.
            return DateResolver.resolve(expression, anchor: anchor)
        case .monthDay(let month, let day, nil):
            guard (1...12).contains(month), day >= 1, day <= GregorianCalendar.daysInMonth(year: anchor.year, month: month)
            else { return nil }
            return CalendarDate(year: anchor.year, month: month, day: day)
        case .absolute, .relative, .month, .current:
            return DateResolver.resolve(expression, anchor: anchor)
        }
    }
}
