/// Writes the `<article>` of one brief for `HTMLRenderer`; sections without content are left out.
struct HTMLBriefWriter: BriefSectionWriter {
    let brief: Brief
    /// The story's element id; source anchors extend it ("story-1-source-3") so several stories share a page.
    let anchor: String
    /// The element ids of the page's stories, so related coverage links to the stories on the page.
    let anchors: [StoryID: String]
    let numbering: SourceNumbering
    private(set) var lines: [String] = []

    init(brief: Brief, anchor: String, anchors: [StoryID: String] = [:]) {
        self.brief = brief
        self.anchor = anchor
        self.anchors = anchors
        self.numbering = SourceNumbering(brief.sources)
    }

    mutating func write() {
        lines.append("<article class=\"story\" id=\"\(anchor)\">")
        lines.append("<h1>\(escape(brief.headline))</h1>")
        lines.append("<p class=\"meta\">Story <code>\(escape(brief.story.rawValue))</code> · "
            + DisplayText.sources(of: brief) + "</p>")
        writeSections(of: brief)
        lines.append("</article>")
    }

    mutating func writeSummary(_ summary: [SummarySentence], _ title: String) {
        open(title, list: "ol", class: "summary")
        for sentence in summary {
            lines.append("<li>\(escape(sentence.text)) \(cites(sentence.citations))</li>")
        }
        close("ol")
    }

    mutating func writeAgreement(_ facts: [Fact], _ title: String) {
        open(title, list: "ul", class: "facts")
        for fact in facts {
            lines.append("<li><span class=\"count\">\(DisplayText.count(fact.sourceCount, "source", "sources"))</span>")
            lines.append("<ul>")
            for statement in fact.statements { lines.append("<li>\(cited(statement))</li>") }
            lines.append("</ul></li>")
        }
        close("ul")
    }

    mutating func writeUniqueFacts(_ facts: [Fact], _ title: String) {
        open(title, list: "ul", class: "facts")
        for fact in facts {
            for statement in fact.statements { lines.append("<li>\(cited(statement))</li>") }
        }
        close("ul")
    }

    mutating func writeConflicts(_ conflicts: [Conflict], _ title: String) {
        open(title, list: "ul", class: "conflicts")
        for conflict in conflicts {
            lines.append("<li>\(escape(conflict.about)) <span class=\"slot\">(\(conflict.slot.rawValue))</span>")
            lines.append("<ul>")
            for claim in conflict.claims {
                lines.append("<li>\(link(claim.statement.span.article)) <span class=\"value\">\(escape(claim.value))</span> "
                    + "\(span(claim.valueSpan)): \(escape(claim.statement.text)) \(span(claim.statement.span))</li>")
            }
            lines.append("</ul></li>")
        }
        close("ul")
    }

    mutating func writeQuotes(_ quotes: [StoryQuote], _ title: String) {
        lines += ["<section>", "<h2>\(title)</h2>"]
        for group in SpeakerGroup.grouping(quotes) {
            lines.append("<h3>\(escape(DisplayText.speaker(group.speaker)))</h3>")
            for quote in group.quotes {
                lines.append("<blockquote><p>“\(escape(quote.text))” \(cites(quote.occurrences.map(\.span)))</p></blockquote>")
            }
        }
        lines.append("</section>")
    }

    mutating func writeEntities(_ entities: [StoryEntity], _ title: String) {
        open(title, list: "ul", class: "entities")
        for entity in entities {
            var line = "<li><strong>\(escape(entity.name))</strong> (\(entity.kind.rawValue)), "
                + DisplayText.count(entity.articles.count, "article", "articles")
            let others = entity.aliases.filter { $0 != entity.name }.map(escape)
            if !others.isEmpty { line += "; also " + others.joined(separator: ", ") }
            lines.append(line + "</li>")
        }
        close("ul")
    }

    mutating func writeDevelopments(_ developments: [Development], _ title: String) {
        open(title, list: "ol", class: "developments")
        for development in developments {
            let date = development.date.description
            lines.append("<li><time datetime=\"\(date)\">\(date)</time>: \(escape(development.text)) "
                + "<span class=\"cites\">" + development.articles.map(link).joined() + "</span></li>")
        }
        close("ol")
    }

    mutating func writeTimeline(_ timeline: [TimelineEntry], _ title: String) {
        open(title, list: "ul", class: "timeline")
        for entry in timeline {
            let date = entry.date.description
            var line = "<li><time datetime=\"\(date)\">\(date)</time>: \(escape(entry.text))"
            if !entry.mentions.isEmpty { line += " " + cites(entry.mentions.map(\.span)) }
            lines.append(line + "</li>")
        }
        close("ul")
    }

    mutating func writeCopies(_ copies: [CopyRelation], _ title: String) {
        open(title, list: "ul", class: "copies")
        for group in CopyGroup.grouping(copies) {
            let outlets = DisplayText.count(group.outletCount, "outlet", "outlets")
            lines.append("<li>\(describe(group.original))\(credits(group.original)) was re-published by \(outlets):")
            lines.append("<ul>")
            for relation in group.copies {
                lines.append("<li>\(describe(relation.copy)) (\(relation.kind.rawValue), "
                    + "\(DisplayText.percent(relation.jaccard)) shared)</li>")
            }
            lines.append("</ul></li>")
        }
        close("ul")
    }

    mutating func writeRelated(_ related: [RelatedStory], _ title: String) {
        open(title, list: "ul", class: "related")
        for story in related {
            let headline = anchors[story.story].map { "<a href=\"#\($0)\">\(escape(story.headline))</a>" } ?? escape(story.headline)
            lines.append("<li>\(headline) (\(DisplayText.count(story.articleCount, "article", "articles")), "
                + "story <code>\(escape(story.story.rawValue))</code>)</li>")
        }
        close("ul")
    }

    mutating func writeSources(_ sources: [BriefSource], _ title: String) {
        open(title, list: "ol", class: "sources")
        for (index, source) in sources.enumerated() {
            let title = escape(source.title ?? source.article.rawValue)
            var head = "<strong>\(title)</strong>"
            if let url = source.url {
                if let safe = HTMLEscaping.linkableURL(url) {
                    head = "<a href=\"\(escape(safe))\">\(title)</a>"
                } else {
                    head += " <code>\(escape(url))</code>"
                }
            }
            var parts = ["<code>\(escape(source.article.rawValue))</code>"]
            if let publisher = source.publisher { parts.append(escape(publisher)) }
            parts.append(source.published?.description ?? "undated")
            if !source.wires.isEmpty { parts.append("wires: " + source.wires.map(escape).joined(separator: ", ")) }
            if let original = source.copyOf { parts.append("copy of \(link(original))") }
            lines.append("<li id=\"\(anchor)-source-\(index + 1)\">\(head)<br>"
                + "<span class=\"meta\">\(parts.joined(separator: " · "))</span></li>")
        }
        close("ol")
    }

    // MARK: Pieces

    /// "[2]" linking to the source's entry, or the bare id when the brief does not list that article.
    private func link(_ article: ArticleID) -> String {
        guard let number = numbering.number(of: article) else { return escape(numbering.marker(for: article)) }
        return "<a href=\"#\(anchor)-source-\(number)\">[\(number)]</a>"
    }

    private func cites(_ spans: [TextSpan]) -> String {
        "<span class=\"cites\">" + SourceNumbering.articles(of: spans).map(link).joined() + "</span>"
    }

    private func cited(_ statement: Statement) -> String {
        "\(link(statement.span.article)) \(escape(statement.text)) \(span(statement.span))"
    }

    private func credits(_ article: ArticleID) -> String {
        DisplayText.credits(brief.sources.first { $0.article == article }?.wires.map(escape) ?? [])
    }

    private func describe(_ article: ArticleID) -> String {
        guard let source = brief.sources.first(where: { $0.article == article }) else { return link(article) }
        var text = link(article) + " " + escape(source.publisher ?? source.article.rawValue)
        if let title = source.title { text += ", “\(escape(title))”" }
        return text
    }

    private func span(_ span: TextSpan) -> String {
        "<span class=\"span\">\(escape(DisplayText.span(span)))</span>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(DisplayText.singleLine(text)) }

    private mutating func open(_ title: String, list: String, class name: String) {
        lines += ["<section>", "<h2>\(title)</h2>", "<\(list) class=\"\(name)\">"]
    }

    private mutating func close(_ list: String) {
        lines += ["</\(list)>", "</section>"]
    }
}
