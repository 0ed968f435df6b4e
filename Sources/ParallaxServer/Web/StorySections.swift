import Parallax

/// The story page's analysis sections; each returns "" when it has nothing to show.
enum StorySections {
    static func agreement(_ facts: [Fact], _ index: inout CitationIndex) -> String {
        guard !facts.isEmpty else { return "" }
        var html = "<section id=\"agreement\">\n<h2>What the sources agree on</h2>\n<ol class=\"facts\">\n"
        for fact in facts.prefix(SectionLimit.items) {
            guard let first = fact.statements.first else { continue }
            let count = "\(fact.sourceCount) \(fact.sourceCount == 1 ? "source" : "sources")"
            html += "<li><span class=\"count\">\(count)</span> \(HTMLEscaping.escape(first.text))"
            html += index.cites(fact.statements.map(\.span)) + "</li>\n"
        }
        html += "</ol>\n" + SectionLimit.more(facts.count, shown: SectionLimit.items, story: index.brief.story)
        return html + "</section>"
    }

    static func unique(_ facts: [Fact], _ index: inout CitationIndex) -> String {
        guard !facts.isEmpty else { return "" }
        // Grouped by source, in source order, so each outlet's label appears once.
        var bySource: [ArticleID: [Fact]] = [:]
        for fact in facts {
            guard let first = fact.statements.first else { continue }
            bySource[first.span.article, default: []].append(fact)
        }
        var html = "<section id=\"unique\">\n<h2>Only in one source</h2>\n"
        var budget = SectionLimit.items
        for source in index.brief.sources where budget > 0 {
            guard let group = bySource.removeValue(forKey: source.article) else { continue }
            html += "<div class=\"unique-group\"><h3>\(index.label(of: source.article))</h3>\n<ul class=\"facts unique\">\n"
            for fact in group.prefix(budget) {
                html += "<li>\(HTMLEscaping.escape(fact.statements[0].text))\(index.cites(fact.statements.map(\.span)))</li>\n"
            }
            budget -= min(budget, group.count)
            html += "</ul></div>\n"
        }
        return html + SectionLimit.more(facts.count, shown: SectionLimit.items, story: index.brief.story) + "</section>"
    }

    static func conflicts(_ conflicts: [Conflict], _ index: inout CitationIndex) -> String {
        guard !conflicts.isEmpty else { return "" }
        var html = "<section id=\"conflicts\">\n<h2>Where they differ</h2>\n"
        for conflict in conflicts.prefix(SectionLimit.items) {
            html += "<div class=\"conflict\">\n<h3><span class=\"slot\">\(conflict.slot.rawValue)</span> "
            html += "\(HTMLEscaping.escape(conflict.about))</h3>\n<div class=\"claims\">\n"
            for claim in conflict.claims {
                html += "<div class=\"claim\"><p class=\"value\">\(HTMLEscaping.escape(claim.value))</p>"
                html += "<p class=\"claim-source\">\(index.label(of: claim.statement.span.article))</p>"
                html += "<p>\(statementHTML(claim))\(index.cites([claim.statement.span]))</p></div>\n"
            }
            html += "</div>\n</div>\n"
        }
        return html + SectionLimit.more(conflicts.count, shown: SectionLimit.items, story: index.brief.story) + "</section>"
    }

    static func quotes(_ quotes: [StoryQuote], _ index: inout CitationIndex) -> String {
        guard !quotes.isEmpty else { return "" }
        // Speakers in order of their first quote; unattributed quotes last.
        var order: [String] = []
        var bySpeaker: [String: [StoryQuote]] = [:]
        for quote in quotes.prefix(SectionLimit.items) {
            let speaker = quote.speaker ?? ""
            if bySpeaker[speaker] == nil { order.append(speaker) }
            bySpeaker[speaker, default: []].append(quote)
        }
        if let unnamed = order.firstIndex(of: "") { order.append(order.remove(at: unnamed)) }
        var html = "<section id=\"quotes\">\n<h2>Quotes</h2>\n"
        for speaker in order {
            let name = speaker.isEmpty ? "Unattributed" : HTMLEscaping.escape(speaker)
            html += "<div class=\"speaker\"><h3>\(name)</h3>\n"
            for quote in bySpeaker[speaker] ?? [] {
                html += "<blockquote><p>“\(HTMLEscaping.escape(quote.text))”\(index.cites(quote.occurrences.map(\.span)))</p></blockquote>\n"
            }
            html += "</div>\n"
        }
        return html + SectionLimit.more(quotes.count, shown: SectionLimit.items, story: index.brief.story) + "</section>"
    }

    /// A story told over several days, day by day, oldest first: each day's title and its articles.
    static func developments(_ developments: [Development], _ index: CitationIndex) -> String {
        guard !developments.isEmpty else { return "" }
        var html = "<section id=\"developments\">\n<h2>How it developed</h2>\n<ol class=\"timeline\">\n"
        for development in developments.prefix(SectionLimit.items) {
            html += "<li><time class=\"date\">\(development.date.description)</time> <span>\(HTMLEscaping.escape(development.text))"
            html += index.sourceLinks(development.articles) + "</span></li>\n"
        }
        return html + "</ol>\n" + SectionLimit.more(developments.count, shown: SectionLimit.items, story: index.brief.story) + "</section>"
    }

    /// The articles another article of the story re-publishes, each original with its copies.
    static func copies(_ relations: [CopyRelation], _ index: CitationIndex) -> String {
        guard !relations.isEmpty else { return "" }
        var html = "<section id=\"copies\">\n<h2>Copies</h2>\n<ul class=\"copies\">\n"
        for group in CopyGroup.grouping(relations).prefix(SectionLimit.items) {
            let outlets = DisplayText.count(group.outletCount, "outlet", "outlets")
            html += "<li>\(index.label(of: group.original)) was re-published by \(outlets): "
            html += group.copies.map { "\(index.label(of: $0.copy)) <span class=\"mentions\">\($0.kind.rawValue), "
                + "\(DisplayText.percent($0.jaccard)) shared</span>" }.joined(separator: ", ")
            html += "</li>\n"
        }
        return html + "</ul>\n</section>"
    }

    static func timeline(_ entries: [TimelineEntry], _ index: inout CitationIndex) -> String {
        guard !entries.isEmpty else { return "" }
        var html = "<section id=\"timeline\">\n<h2>Timeline</h2>\n<ol class=\"timeline\">\n"
        for entry in entries.prefix(SectionLimit.items) {
            html += "<li><time class=\"date\">\(entry.date.description)</time> <span>\(HTMLEscaping.escape(entry.text))"
            html += index.cites(entry.mentions.map(\.span)) + "</span></li>\n"
        }
        return html + "</ol>\n" + SectionLimit.more(entries.count, shown: SectionLimit.items, story: index.brief.story) + "</section>"
    }

    static func entities(_ entities: [StoryEntity], story: StoryID) -> String {
        guard !entities.isEmpty else { return "" }
        let kinds: [(EntityKind, String)] = [
            (.person, "People"), (.organization, "Organisations"), (.place, "Places"), (.other, "Other"),
        ]
        var html = "<section id=\"entities\">\n<h2>Who and where</h2>\n<div class=\"entity-groups\">\n"
        var budget = SectionLimit.items
        for (kind, title) in kinds where budget > 0 {
            let group = entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            html += "<div class=\"entity-group\"><h3>\(title)</h3><ul class=\"entities\">\n"
            for entity in group.prefix(budget) {
                let others = entity.aliases.filter { $0 != entity.name }
                let aliases = others.isEmpty ? "" : " <span class=\"aliases\">also \(others.map(HTMLEscaping.escape).joined(separator: ", "))</span>"
                let sources = entity.articles.count
                html += "<li><span class=\"name\">\(HTMLEscaping.escape(entity.name))</span>\(aliases) "
                html += "<span class=\"mentions\">\(entity.mentions.count)× in \(sources) \(sources == 1 ? "source" : "sources")</span></li>\n"
            }
            budget -= min(budget, group.count)
            html += "</ul></div>\n"
        }
        return html + "</div>\n" + SectionLimit.more(entities.count, shown: SectionLimit.items, story: story) + "</section>"
    }

    /// The other stories of the story's group, each linked to its page.
    static func related(_ stories: [RelatedStory]) -> String {
        guard !stories.isEmpty else { return "" }
        var html = "<section id=\"related\">\n<h2>Related coverage</h2>\n<ul class=\"related\">\n"
        for story in stories {
            let link = "/stories/\(PathEscaping.segment(story.story.rawValue))"
            let articles = "\(story.articleCount) \(story.articleCount == 1 ? "article" : "articles")"
            html += "<li><a href=\"\(link)\">\(HTMLEscaping.escape(story.headline))</a> <span class=\"mentions\">\(articles)</span></li>\n"
        }
        return html + "</ul>\n</section>"
    }

    /// The claim's statement with the disputed value emphasized, found by its byte range within the statement.
    private static func statementHTML(_ claim: Claim) -> String {
        let statement = claim.statement
        let bytes = Array(statement.text.utf8)
        let start = claim.valueSpan.start - statement.span.start
        let end = claim.valueSpan.end - statement.span.start
        guard start >= 0, end <= bytes.count, start < end,
            String(decoding: bytes[start..<end], as: UTF8.self) == claim.value
        else { return HTMLEscaping.escape(statement.text) }
        return HTMLEscaping.escape(String(decoding: bytes[..<start], as: UTF8.self))
            + "<strong>" + HTMLEscaping.escape(claim.value) + "</strong>"
            + HTMLEscaping.escape(String(decoding: bytes[end...], as: UTF8.self))
    }
}
