/// Finds months named without a year ("in October") that the analysis leaves out, and dates them from the anchor.
///
/// News writes "in October" for the nearest October: the last one for something that happened, the next one
/// for something planned. Such a month matters when another source dates the same event differently.
struct BareMonthFinder: Sendable {
    let lexicon: AlignmentLexicon

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// Words before a month that show it is a time ("in October", "since March", "last May").
    static let cues: Set<String> = ["in", "since", "until", "by", "from", "during", "last", "this", "next", "early", "late", "mid", "of"]

    func months(in article: AnalyzedArticle, anchor: CalendarDate?) -> [DateMention] {
        guard let anchor = article.article.metadata.published ?? anchor, let anchorMonth = anchor.month else { return [] }
        let tokens = article.tokens
        var found: [DateMention] = []
        for sentence in article.sentences {
            let future = tokens[sentence.tokens].contains { lexicon.futureCues.contains($0.normalized) }
            for index in sentence.tokens where index > sentence.tokens.lowerBound {
                let token = tokens[index]
                guard token.kind == .word, token.isCapitalized, let month = Self.months[token.normalized],
                    Self.cues.contains(tokens[index - 1].normalized),
                    !article.dates.contains(where: { $0.span.start <= token.start && token.start < $0.span.end })
                else { continue }
                if index + 1 < sentence.tokens.upperBound, tokens[index + 1].kind == .number { continue }
                let previous = tokens[index - 1].normalized
                var year = anchor.year
                if previous == "next" || (previous != "last" && future) {
                    if month < anchorMonth || (previous == "next" && month == anchorMonth) { year += 1 }
                } else if previous != "this" {
                    if month > anchorMonth || (previous == "last" && month == anchorMonth) { year -= 1 }
                }
                let delta = (year - anchor.year) * 12 + month - anchorMonth
                let span = TextSpan(article: article.id, start: token.start, end: token.end)
                found.append(DateMention(
                    span: span, text: article.article.text(of: span), expression: .relative(days: 0, months: delta, years: 0),
                    resolved: CalendarDate(year: year, month: month)))
            }
        }
        return found
    }
}
