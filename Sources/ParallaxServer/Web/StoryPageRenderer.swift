import Foundation
import Parallax

/// Builds the story page's HTML from a brief, the story's list line and the source articles' texts.
struct StoryPageRenderer {
    let brief: Brief
    let summary: StoryOverview?
    let articles: [ArticleID: Article]

    func render() -> String {
        var index = CitationIndex(brief: brief)
        let sections = [header()] + sections(&index, withSources: true)
        let body = "<article class=\"story\">\n" + sections.filter { !$0.isEmpty }.joined(separator: "\n") + "\n</article>"
        return PageLayout.page(title: brief.headline + " · Parallax", body: body)
    }

    /// Every span the page cites, for a source page that highlights one source's text on its own.
    func citations() -> CitationIndex {
        var index = CitationIndex(brief: brief)
        _ = sections(&index, withSources: false)
        return index
    }

    /// The brief's sections in the outline every renderer walks. The sources come last, so by then every cited
    /// span is known and each text can be highlighted; `withSources` false leaves them out.
    private func sections(_ index: inout CitationIndex, withSources: Bool) -> [String] {
        var sections: [String] = []
        for section in BriefSection.outline(of: brief) {
            switch section {
            case .summary(let sentences): sections.append(summarySection(sentences, &index))
            case .developments(let developments): sections.append(StorySections.developments(developments, index))
            case .agreement(let facts): sections.append(StorySections.agreement(facts, &index))
            case .uniqueFacts(let facts): sections.append(StorySections.unique(facts, &index))
            case .conflicts(let conflicts): sections.append(StorySections.conflicts(conflicts, &index))
            case .quotes(let quotes): sections.append(StorySections.quotes(quotes, &index))
            case .entities(let entities): sections.append(StorySections.entities(entities, story: brief.story))
            case .timeline(let entries): sections.append(StorySections.timeline(entries, &index))
            case .copies(let copies): sections.append(StorySections.copies(copies, index))
            case .related(let stories): sections.append(StorySections.related(stories))
            case .sources: if withSources { sections.append(sourcesSection(index)) }
            }
        }
        return sections
    }

    private func header() -> String {
        var meta: [String] = []
        if let summary {
            meta.append("<span class=\"badge\">\(summary.sourceCount) \(summary.sourceCount == 1 ? "source" : "sources")</span>")
            meta.append("<span>\(summary.articleCount) \(summary.articleCount == 1 ? "article" : "articles")</span>")
            meta.append("<span>first seen \(PageLayout.time(summary.firstSeen, dayOnly: summary.isDayPrecision))</span>")
            meta.append("<span>updated \(PageLayout.time(summary.lastSeen, dayOnly: summary.isDayPrecision))</span>")
        } else {
            meta.append("<span class=\"badge\">\(brief.sources.count) articles</span>")
        }
        let formats = ["markdown", "text", "html"].map {
            "<a href=\"/api/stories/\(PathEscaping.segment(brief.story.rawValue))/brief?format=\($0)\">\($0)</a>"
        }
        return """
            <nav class="crumbs"><a href="/">← All stories</a></nav>
            <h1>\(HTMLEscaping.escape(brief.headline))</h1>
            <p class="meta">\(meta.joined(separator: " "))</p>
            <p class="meta exports">Brief as \(formats.joined(separator: " · ")) · <a href="/api/stories/\(PathEscaping.segment(brief.story.rawValue))">JSON</a></p>
            """
    }

    private func summarySection(_ summary: [SummarySentence], _ index: inout CitationIndex) -> String {
        var html = "<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n"
        // Three sentences a paragraph reads as prose while keeping paragraphs short on a phone.
        for start in stride(from: 0, to: summary.count, by: 3) {
            let sentences = summary[start..<min(start + 3, summary.count)]
            html += "<p>" + sentences.map { "\(HTMLEscaping.escape($0.text))\(index.cites($0.citations))" }
                .joined(separator: " ") + "</p>\n"
        }
        return html + "</section>"
    }

    private func sourcesSection(_ index: CitationIndex) -> String {
        var html = "<section id=\"sources\" class=\"sources\">\n<h2>Sources</h2>\n"
        for (position, source) in brief.sources.enumerated().prefix(SourcePart.sourcesOnStoryPage) {
            html += SourceCard.render(
                source, number: position + 1, article: articles[source.article],
                spans: index.spans[source.article] ?? [], index: index)
        }
        // A story of many articles lists the rest, each text on its own page, so the page stays small.
        if brief.sources.count > SourcePart.sourcesOnStoryPage {
            html += "<h3>More sources</h3>\n<ol class=\"more-sources\" start=\"\(SourcePart.sourcesOnStoryPage + 1)\">\n"
            for (position, source) in brief.sources.enumerated().dropFirst(SourcePart.sourcesOnStoryPage) {
                let page = CitationIndex.sourcePage(of: brief.story, number: position + 1, part: SourcePart(number: 1))
                let title = SourceCard.title(of: source, article: articles[source.article])
                html += "<li id=\"source-\(position + 1)\"><a href=\"\(page)\">\(HTMLEscaping.escape(title))</a> "
                html += "<span class=\"outlet\">\(HTMLEscaping.escape(index.name(of: source.article)))</span></li>\n"
            }
            html += "</ol>\n"
        }
        return html + "</section>"
    }
}
