@testable import Parallax

/// A brief whose every article-derived string is an attack on the HTML page: tags, handlers, quotes, bad URLs.
enum HostileBrief {
    static let script = "<script>alert('x')</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let breakout = "\" onmouseover=\"alert(1)"

    static func make(url: String) -> Brief {
        let article = ArticleID("evil\"><script>id</script>")
        let span = TextSpan(article: article, start: 0, end: 10)
        let statement = Statement(span: span, text: "Text \(script) and \(image)")
        return Brief(
            story: StoryID("story<\(script)>"),
            headline: "Headline \(script)",
            summary: [SummarySentence(text: "Summary \(image) & more", citations: [span])],
            agreement: [Fact(statements: [statement], sourceCount: 1)],
            uniqueFacts: [Fact(statements: [statement], sourceCount: 1)],
            conflicts: [Conflict(slot: .person, about: "who \(breakout)", claims: [
                Claim(statement: statement, value: image, valueSpan: span),
            ])],
            quotes: [StoryQuote(speaker: "Speaker \(script)", text: "Quote \(breakout)", occurrences: [
                Quote(span: span, text: "Quote", speaker: nil, speakerSpan: nil),
            ])],
            entities: [StoryEntity(name: image, kind: .other, aliases: [script], mentions: [span])],
            timeline: [TimelineEntry(date: CalendarDate(year: 2024), text: "Event \(script)", mentions: [])],
            copies: [CopyRelation(copy: article, original: ArticleID("javascript:alert(1)"), kind: .exact, jaccard: 1)],
            sources: [
                BriefSource(article: article, origin: "origin \(script)", title: "Title \(script)",
                            publisher: "Publisher \(image)", url: url, published: nil,
                            wires: ["Wire \(breakout)"], copyOf: ArticleID("javascript:alert(1)")),
            ]
        )
    }
}
