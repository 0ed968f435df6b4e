extension AnalyzedArticle {
    /// The same analysis with every unresolved date resolved against `anchor` (a story's date when the
    /// article states none); dates already resolved are kept.
    package func resolvingDates(anchor: CalendarDate) -> AnalyzedArticle {
        let resolved = dates.map { date in
            date.resolved != nil ? date : DateMention(
                span: date.span, text: date.text, expression: date.expression,
                resolved: DateResolver.resolve(date.expression, anchor: anchor))
        }
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences, entities: entities, quotes: quotes,
            numbers: numbers, dates: resolved)
    }
}
