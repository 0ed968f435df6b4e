@testable import Parallax

/// A small but complete brief built by hand: two independent sources and one copy, agreement, a unique fact,
/// a conflict, a quote carried by two sources, entities and a timeline, with spans that really point into the texts.
enum SampleBrief {
    static let original = ArticleID("a1")
    static let copy = ArticleID("a2")
    static let other = ArticleID("a3")

    static let originalText = """
        The Harbor Bridge reopened to traffic on Monday after a two-year repair. \
        The repair cost $120 million, the city said. \
        "We waited two years for this day," Mayor Maria Lopez said. \
        Work began in March 2022.
        """
    static let copyText = """
        The Harbor Bridge reopened to traffic on Monday after a two-year repair. \
        The repair cost $120 million, the city said. \
        "We waited two years for this day," Mayor Maria Lopez said.
        """
    static let otherText = """
        The Harbor bridge opened again on Monday, officials said. \
        Officials put the repair bill at $140 million. \
        Lopez told reporters: "We waited two years for this day." \
        A ferry service that ran between the two banks during the closure, carrying about 4,000 commuters a day \
        at its peak, will end in May once the bridge's new cycle lanes open to the public.
        """

    static func text(of article: ArticleID) -> String {
        switch article {
        case original: originalText
        case copy: copyText
        default: otherText
        }
    }

    /// The span of the first occurrence of `passage` in the article's text, in UTF-8 bytes.
    static func span(_ passage: String, in article: ArticleID) -> TextSpan {
        let bytes = Array(text(of: article).utf8)
        let needle = Array(passage.utf8)
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return TextSpan(article: article, start: start, end: start + needle.count)
        }
        fatalError("“\(passage)” is not in \(article)")
    }

    static func statement(_ passage: String, in article: ArticleID) -> Statement {
        Statement(span: span(passage, in: article), text: passage)
    }

    static let reopenedOriginal = "The Harbor Bridge reopened to traffic on Monday after a two-year repair."
    static let reopenedOther = "The Harbor bridge opened again on Monday, officials said."
    static let costOriginal = "The repair cost $120 million, the city said."
    static let costOther = "Officials put the repair bill at $140 million."
    static let ferry = """
        A ferry service that ran between the two banks during the closure, carrying about 4,000 commuters a day \
        at its peak, will end in May once the bridge's new cycle lanes open to the public.
        """
    static let quoted = "We waited two years for this day"

    static func make() -> Brief {
        Brief(
            story: StoryID("story-harbor-bridge"),
            headline: "Harbor Bridge reopens after two-year repair",
            summary: [
                SummarySentence(text: reopenedOriginal, citations: [
                    span(reopenedOriginal, in: original), span(reopenedOther, in: other),
                ]),
                SummarySentence(text: costOriginal, citations: [
                    span(costOriginal, in: original), span(costOriginal, in: copy),
                ]),
            ],
            agreement: [
                Fact(statements: [statement(reopenedOriginal, in: original), statement(reopenedOther, in: other)],
                     sourceCount: 2),
            ],
            uniqueFacts: [Fact(statements: [statement(ferry, in: other)], sourceCount: 1)],
            conflicts: [
                Conflict(slot: .number, about: "the cost of the repair", claims: [
                    Claim(statement: statement(costOriginal, in: original), value: "$120 million",
                          valueSpan: span("$120 million", in: original)),
                    Claim(statement: statement(costOther, in: other), value: "$140 million",
                          valueSpan: span("$140 million", in: other)),
                ]),
            ],
            quotes: [
                StoryQuote(speaker: "Maria Lopez", text: quoted, occurrences: [
                    Quote(span: span(quoted, in: original), text: quoted, speaker: "Maria Lopez",
                          speakerSpan: span("Mayor Maria Lopez", in: original)),
                    Quote(span: span(quoted, in: other), text: quoted, speaker: "Maria Lopez",
                          speakerSpan: span("Lopez", in: other)),
                ]),
            ],
            entities: [
                StoryEntity(name: "Harbor Bridge", kind: .place, aliases: ["Harbor Bridge", "Harbor bridge"], mentions: [
                    span("Harbor Bridge", in: original), span("Harbor Bridge", in: copy), span("Harbor bridge", in: other),
                ]),
                StoryEntity(name: "Maria Lopez", kind: .person, aliases: ["Lopez", "Maria Lopez"], mentions: [
                    span("Maria Lopez", in: original), span("Maria Lopez", in: copy), span("Lopez", in: other),
                ]),
            ],
            timeline: [
                TimelineEntry(date: CalendarDate(year: 2022, month: 3), text: "Work on the bridge began", mentions: [
                    DateMention(span: span("March 2022", in: original), text: "March 2022",
                                expression: .absolute(CalendarDate(year: 2022, month: 3)),
                                resolved: CalendarDate(year: 2022, month: 3)),
                ]),
                TimelineEntry(date: CalendarDate(year: 2024, month: 4, day: 8),
                              text: "The Harbor Bridge reopened to traffic", mentions: [
                    DateMention(span: span("on Monday", in: original), text: "on Monday",
                                expression: .weekday(1, future: false), resolved: CalendarDate(year: 2024, month: 4, day: 8)),
                    DateMention(span: span("on Monday", in: other), text: "on Monday",
                                expression: .weekday(1, future: false), resolved: CalendarDate(year: 2024, month: 4, day: 8)),
                ]),
            ],
            copies: [CopyRelation(copy: copy, original: original, kind: .nearDuplicate, jaccard: 0.96)],
            sources: [
                BriefSource(article: original, origin: "harbor/a1.html", title: "Harbor Bridge reopens after two-year repair",
                            publisher: "Coastal Herald", url: "https://coastal.example/2024/04/08/harbor-bridge",
                            published: CalendarDate(year: 2024, month: 4, day: 8), wires: ["Reuters"], copyOf: nil),
                BriefSource(article: copy, origin: "harbor/a2.html", title: "Harbor Bridge reopens",
                            publisher: "Daily Ledger", url: nil,
                            published: CalendarDate(year: 2024, month: 4, day: 8), wires: ["Reuters"], copyOf: original),
                BriefSource(article: other, origin: "harbor/a3.html", title: "Bridge back open & ferry to end",
                            publisher: "Metro & Bay Times", url: "http://metro.example/news?id=7&ref=rss",
                            published: CalendarDate(year: 2024, month: 4, day: 9), wires: [], copyOf: nil),
            ],
            related: [
                RelatedStory(story: StoryID("s-0c1d2e3f4a5b6c7d"), headline: "Ferry service to end once the bridge reopens",
                             articleCount: 4),
                RelatedStory(story: StoryID("s-9a8b7c6d5e4f3a2b"), headline: "Tolls on the <Harbor> Bridge & the tunnel rise",
                             articleCount: 1),
            ]
        )
    }
}
