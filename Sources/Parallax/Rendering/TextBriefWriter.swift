/// Writes the lines of one brief for `TextRenderer`; sections without content are left out.
struct TextBriefWriter: BriefSectionWriter {
    let brief: Brief
    let configuration: TextRenderer.Configuration
    let numbering: SourceNumbering
    private let wrapper: TextWrapper
    private(set) var lines: [String] = []

    init(brief: Brief, configuration: TextRenderer.Configuration) {
        self.brief = brief
        self.configuration = configuration
        self.numbering = SourceNumbering(brief.sources)
        self.wrapper = TextWrapper(width: configuration.width)
    }

    mutating func write() {
        writeHeader()
        writeSections(of: brief)
    }

    // MARK: Sections

    private mutating func writeHeader() {
        let headline = wrapper.wrap(brief.headline, first: "", rest: "")
        for line in headline { lines.append(styled(line, .boldUnderline)) }
        let longest = headline.map(\.count).max() ?? 0
        lines.append(String(repeating: "=", count: max(1, min(longest, configuration.width))))
        lines.append("Story \(DisplayText.singleLine(brief.story.rawValue)) · "
            + DisplayText.sources(of: brief))
    }

    mutating func writeSummary(_ summary: [SummarySentence], _ title: String) {
        heading(title)
        for (index, sentence) in summary.enumerated() {
            let number = "  \(index + 1). "
            let text = sentence.text + " " + numbering.markers(for: sentence.citations)
            paragraph(text, first: number, rest: String(repeating: " ", count: number.count))
        }
    }

    mutating func writeDevelopments(_ developments: [Development], _ title: String) {
        heading(title)
        datedRows(developments.map { ($0.date, $0.text + " " + $0.articles.map(numbering.marker(for:)).joined()) })
    }

    /// Rows of a date column, as wide as its longest date, and a wrapped text beside it.
    private mutating func datedRows(_ rows: [(date: CalendarDate, text: String)]) {
        let dateWidth = rows.map(\.date.description.count).max() ?? 10
        for row in rows {
            let date = row.date.description
            let first = "  " + date + String(repeating: " ", count: dateWidth - date.count + 2)
            paragraph(row.text, first: first, rest: String(repeating: " ", count: first.count))
        }
    }

    mutating func writeAgreement(_ facts: [Fact], _ title: String) {
        heading(title)
        for fact in facts {
            lines.append("  • " + DisplayText.count(fact.sourceCount, "source", "sources"))
            for statement in fact.statements { abbreviatedStatement(statement) }
        }
    }

    mutating func writeUniqueFacts(_ facts: [Fact], _ title: String) {
        heading(title)
        for fact in facts {
            for statement in fact.statements {
                let marker = numbering.marker(for: statement.span.article)
                let text = DisplayText.abbreviated(statement.text, to: configuration.statementLength)
                paragraph(marker + " " + text, first: "  • ", rest: "      ")
            }
        }
    }

    mutating func writeConflicts(_ conflicts: [Conflict], _ title: String) {
        heading(title)
        for conflict in conflicts {
            paragraph("\(conflict.about) (\(conflict.slot.rawValue))", first: "  • ", rest: "    ")
            for claim in conflict.claims {
                let marker = numbering.marker(for: claim.statement.span.article)
                let statement = DisplayText.abbreviated(claim.statement.text, to: configuration.statementLength)
                paragraph("\(marker) \(DisplayText.singleLine(claim.value)): \(statement)",
                          first: "      ", rest: "          ")
            }
        }
    }

    mutating func writeQuotes(_ quotes: [StoryQuote], _ title: String) {
        heading(title)
        for group in SpeakerGroup.grouping(quotes) {
            lines.append(styled("  " + DisplayText.speaker(group.speaker), .bold))
            for quote in group.quotes {
                let markers = numbering.markers(for: quote.occurrences.map(\.span))
                paragraph("“\(quote.text)” \(markers)", first: "    ", rest: "     ")
            }
        }
    }

    mutating func writeEntities(_ entities: [StoryEntity], _ title: String) {
        heading(title)
        for entity in entities {
            var text = "\(entity.name) (\(entity.kind.rawValue)), "
                + DisplayText.count(entity.articles.count, "article", "articles")
            let others = entity.aliases.filter { $0 != entity.name }.map(DisplayText.singleLine)
            if !others.isEmpty { text += "; also " + others.joined(separator: ", ") }
            paragraph(text, first: "  • ", rest: "    ")
        }
    }

    mutating func writeTimeline(_ timeline: [TimelineEntry], _ title: String) {
        heading(title)
        datedRows(timeline.map { entry in
            let markers = numbering.markers(for: entry.mentions.map(\.span))
            return (entry.date, markers.isEmpty ? entry.text : entry.text + " " + markers)
        })
    }

    mutating func writeCopies(_ copies: [CopyRelation], _ title: String) {
        heading(title)
        for group in CopyGroup.grouping(copies) {
            let outlets = DisplayText.count(group.outletCount, "outlet", "outlets")
            paragraph("\(describe(group.original))\(credits(group.original)) was re-published by \(outlets):", first: "  • ", rest: "    ")
            for relation in group.copies {
                let text = "\(describe(relation.copy)) (\(relation.kind.rawValue), "
                    + "\(DisplayText.percent(relation.jaccard)) shared)"
                paragraph(text, first: "      ", rest: "          ")
            }
        }
    }

    mutating func writeRelated(_ related: [RelatedStory], _ title: String) {
        heading(title)
        for story in related {
            let text = "\(story.headline) (\(DisplayText.count(story.articleCount, "article", "articles")), story "
                + "\(DisplayText.singleLine(story.story.rawValue)))"
            paragraph(text, first: "  • ", rest: "    ")
        }
    }

    mutating func writeSources(_ sources: [BriefSource], _ title: String) {
        heading(title)
        for source in sources {
            let marker = numbering.marker(for: source.article)
            var parts = [source.article.rawValue]
            if let publisher = source.publisher { parts.append(publisher) }
            parts.append(source.published?.description ?? "undated")
            if !source.wires.isEmpty { parts.append("wires: " + source.wires.joined(separator: ", ")) }
            if let original = source.copyOf {
                parts.append("copy of \(numbering.marker(for: original)) \(original.rawValue)")
            }
            let indent = String(repeating: " ", count: marker.count + 3)
            paragraph(parts.joined(separator: " · "), first: "  \(marker) ", rest: indent)
            if let title = source.title { paragraph(title, first: indent, rest: indent) }
            if let url = source.url { paragraph(url, first: indent, rest: indent) }
            if source.title == nil && source.url == nil && source.origin != source.article.rawValue {
                paragraph(source.origin, first: indent, rest: indent)
            }
        }
    }

    // MARK: Pieces

    /// "[1] Coastal Herald, “Title”" — how a source is named where it is not the statement's citation.
    private func credits(_ article: ArticleID) -> String {
        DisplayText.credits(brief.sources.first { $0.article == article }?.wires ?? [])
    }

    private func describe(_ article: ArticleID) -> String {
        let marker = numbering.marker(for: article)
        guard let source = brief.sources.first(where: { $0.article == article }) else { return marker }
        var text = marker + " " + (source.publisher ?? source.article.rawValue)
        if let title = source.title { text += ", “\(DisplayText.singleLine(title))”" }
        return text
    }

    private mutating func abbreviatedStatement(_ statement: Statement) {
        let marker = numbering.marker(for: statement.span.article)
        let text = DisplayText.abbreviated(statement.text, to: configuration.statementLength)
        paragraph(marker + " " + text, first: "      ", rest: "          ")
    }

    private mutating func heading(_ title: String) {
        lines.append("")
        lines.append(styled(title, .bold))
        lines.append(styled(String(repeating: "-", count: title.count), .dim))
    }

    private mutating func paragraph(_ text: String, first: String, rest: String) {
        lines += wrapper.wrap(text, first: first, rest: rest)
    }

    private func styled(_ line: String, _ style: ANSIStyle) -> String {
        style.apply(line, when: configuration.useColor)
    }
}
