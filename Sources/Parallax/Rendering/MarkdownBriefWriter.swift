/// Writes the Markdown of one brief for `MarkdownRenderer`; sections without content are left out.
struct MarkdownBriefWriter: BriefSectionWriter {
    let brief: Brief
    let numbering: SourceNumbering
    private(set) var lines: [String] = []

    init(brief: Brief) {
        self.brief = brief
        self.numbering = SourceNumbering(brief.sources)
    }

    mutating func write() {
        lines.append("# " + escape(brief.headline))
        lines.append("")
        lines.append("Story \(MarkdownEscaping.code(brief.story.rawValue)) · "
            + DisplayText.sources(of: brief))
        writeSections(of: brief)
    }

    mutating func writeSummary(_ summary: [SummarySentence], _ title: String) {
        heading(title)
        for (index, sentence) in summary.enumerated() {
            lines.append("\(index + 1). \(escape(sentence.text)) \(markers(sentence.citations))")
        }
    }

    mutating func writeAgreement(_ facts: [Fact], _ title: String) {
        heading(title)
        for fact in facts {
            lines.append("- **\(DisplayText.count(fact.sourceCount, "source", "sources"))**")
            for statement in fact.statements { lines.append("  - " + cited(statement)) }
        }
    }

    mutating func writeUniqueFacts(_ facts: [Fact], _ title: String) {
        heading(title)
        for fact in facts {
            for statement in fact.statements { lines.append("- " + cited(statement)) }
        }
    }

    mutating func writeConflicts(_ conflicts: [Conflict], _ title: String) {
        heading(title)
        for conflict in conflicts {
            lines.append("- **\(escape(conflict.about))** (\(conflict.slot.rawValue))")
            for claim in conflict.claims {
                let cite = marker(claim.statement.span.article)
                lines.append("  - \(cite) **\(escape(claim.value))** \(span(claim.valueSpan)): "
                    + "\(escape(claim.statement.text)) \(span(claim.statement.span))")
            }
        }
    }

    mutating func writeQuotes(_ quotes: [StoryQuote], _ title: String) {
        heading(title)
        for (index, group) in SpeakerGroup.grouping(quotes).enumerated() {
            if index > 0 { lines.append("") }
            lines.append("### " + escape(DisplayText.speaker(group.speaker)))
            lines.append("")
            for quote in group.quotes {
                let places = quote.occurrences
                    .map { "\(marker($0.span.article)) \(span($0.span))" }
                    .joined(separator: ", ")
                lines.append("- “\(escape(quote.text))” \(places)")
            }
        }
    }

    mutating func writeEntities(_ entities: [StoryEntity], _ title: String) {
        heading(title)
        for entity in entities {
            var line = "- **\(escape(entity.name))** (\(entity.kind.rawValue)), "
                + DisplayText.count(entity.articles.count, "article", "articles")
            let others = entity.aliases.filter { $0 != entity.name }.map(escape)
            if !others.isEmpty { line += "; also " + others.joined(separator: ", ") }
            lines.append(line)
        }
    }

    mutating func writeDevelopments(_ developments: [Development], _ title: String) {
        heading(title)
        for development in developments {
            lines.append("- **\(development.date.description)**: \(escape(development.text)) "
                + development.articles.map(marker).joined())
        }
    }

    mutating func writeTimeline(_ timeline: [TimelineEntry], _ title: String) {
        heading(title)
        for entry in timeline {
            var line = "- **\(entry.date.description)**: \(escape(entry.text))"
            let cites = markers(entry.mentions.map(\.span))
            if !cites.isEmpty { line += " " + cites }
            let places = entry.mentions.map { span($0.span) }
            if !places.isEmpty { line += " (" + places.joined(separator: ", ") + ")" }
            lines.append(line)
        }
    }

    mutating func writeCopies(_ copies: [CopyRelation], _ title: String) {
        heading(title)
        for group in CopyGroup.grouping(copies) {
            let outlets = DisplayText.count(group.outletCount, "outlet", "outlets")
            lines.append("- \(describe(group.original))\(credits(group.original)) was re-published by \(outlets):")
            for relation in group.copies {
                lines.append("  - \(describe(relation.copy)) (\(relation.kind.rawValue), "
                    + "\(DisplayText.percent(relation.jaccard)) shared)")
            }
        }
    }

    mutating func writeRelated(_ related: [RelatedStory], _ title: String) {
        heading(title)
        for story in related {
            lines.append("- \(escape(story.headline)) (\(DisplayText.count(story.articleCount, "article", "articles")), "
                + "story \(MarkdownEscaping.code(story.story.rawValue)))")
        }
    }

    mutating func writeSources(_ sources: [BriefSource], _ title: String) {
        heading(title)
        for (index, source) in sources.enumerated() {
            var parts = [MarkdownEscaping.code(source.article.rawValue)]
            if let publisher = source.publisher { parts.append(escape(publisher)) }
            parts.append(source.published?.description ?? "undated")
            if !source.wires.isEmpty { parts.append("wires: " + source.wires.map(escape).joined(separator: ", ")) }
            if let original = source.copyOf { parts.append("copy of \(describeBriefly(original))") }
            let title = source.title.map(escape)
            if let url = source.url, let destination = MarkdownEscaping.destination(url) {
                parts.append("[\(title ?? escape(url))](\(destination))")
            } else {
                if let title { parts.append("“\(title)”") }
                if let url = source.url { parts.append(MarkdownEscaping.code(url)) }
            }
            lines.append("\(index + 1). " + parts.joined(separator: " · "))
        }
    }

    /// "[1] Coastal Herald, “Title”": how a source is named in the copies section.
    private func credits(_ article: ArticleID) -> String {
        DisplayText.credits(brief.sources.first { $0.article == article }?.wires.map(escape) ?? [])
    }

    private func describe(_ article: ArticleID) -> String {
        let cite = marker(article)
        guard let source = brief.sources.first(where: { $0.article == article }) else { return cite }
        var text = cite + " " + (source.publisher.map(escape) ?? MarkdownEscaping.code(article.rawValue))
        if let title = source.title { text += ", “\(escape(title))”" }
        return text
    }

    /// "[1] `a1`" for a listed source, the id alone for one the brief does not list.
    private func describeBriefly(_ article: ArticleID) -> String {
        guard numbering.number(of: article) != nil else { return marker(article) }
        return marker(article) + " " + MarkdownEscaping.code(article.rawValue)
    }

    /// "[2]" for a listed source; an unlisted article's id as code, so no id can form a link or markup.
    private func marker(_ article: ArticleID) -> String {
        guard let number = numbering.number(of: article) else { return MarkdownEscaping.code(article.rawValue) }
        return "[\(number)]"
    }

    private func markers(_ spans: [TextSpan]) -> String {
        SourceNumbering.articles(of: spans).map(marker).joined()
    }

    private func cited(_ statement: Statement) -> String {
        "\(marker(statement.span.article)) \(escape(statement.text)) \(span(statement.span))"
    }

    private func span(_ span: TextSpan) -> String { MarkdownEscaping.code(DisplayText.span(span)) }

    private func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

    private mutating func heading(_ title: String) {
        lines += ["", "## " + title, ""]
    }
}
