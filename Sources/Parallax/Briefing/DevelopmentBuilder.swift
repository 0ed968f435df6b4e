/// The backbone of a story told over several days: one development per publication day, oldest first, each said
/// by the day's most representative title and cited to every article of that day. A story reported on one day (or
/// with undated articles only) has none: its summary says it all.
struct DevelopmentBuilder {
    func developments(of story: Story) -> [Development] {
        var byDay: [CalendarDate: [AnalyzedArticle]] = [:]
        for article in story.articles {
            guard let date = article.article.metadata.published, date.day != nil else { continue }
            byDay[date, default: []].append(article)
        }
        guard byDay.count >= 2 else { return [] }
        let chooser = HeadlineChooser()
        return byDay.keys.sorted().map { day in
            let articles = byDay[day]!
            let (text, source) = chooser.representative(of: articles.map(HeadlineSource.init))
            let ordered = [source] + articles.map(\.id).filter { $0 != source }
            return Development(date: day, text: text, articles: ordered)
        }
    }
}
