import Parallax

/// One source article: number, title, outlet, date, link, and one part of the highlighted text with links to the
/// other parts. The story page shows each source's first part; a source page (`standalone`) any part.
enum SourceCard {
    static func render(
        _ source: BriefSource, number: Int, article: Article?, spans: [HighlightedSpan], index: CitationIndex,
        part: SourcePart = SourcePart(number: 1), standalone: Bool = false
    ) -> String {
        let title = Self.title(of: source, article: article)
        var meta: [String] = []
        // The outlet when known; the title is already the card's heading.
        if source.outlet.isNamed {
            meta.append("<span class=\"outlet\">\(HTMLEscaping.escape(source.outlet.name))</span>")
        }
        if let published = source.published { meta.append("<span>\(published.description)</span>") }
        if !source.wires.isEmpty {
            meta.append("<span>credits \(source.wires.map(HTMLEscaping.escape).joined(separator: ", "))</span>")
        }
        if let original = source.copyOf {
            let label = index.number(of: original).map { "source \($0)" } ?? HTMLEscaping.escape(original.rawValue)
            let target = index.number(of: original).map { "#source-\($0)" } ?? "#sources"
            meta.append("<span class=\"copy\">copy of <a href=\"\(target)\">\(label)</a></span>")
        }
        if let url = source.url, let link = HTMLEscaping.linkableURL(url) {
            meta.append("<a class=\"origin\" href=\"\(HTMLEscaping.escape(link))\" rel=\"noopener noreferrer nofollow\">original ↗</a>")
        }
        let articleLink = "/api/articles/\(PathEscaping.segment(source.article.rawValue))"
        var html = "<article class=\"source\" id=\"source-\(number)\">\n"
        html += "<header><span class=\"number\">\(number)</span><div><h3>\(HTMLEscaping.escape(title))</h3>\n"
        html += "<p class=\"meta\">\(meta.joined(separator: " "))</p></div></header>\n"
        if let article {
            html += "<div class=\"text\">\n\(SourceTextRenderer.render(article.text, spans: spans, part: part))</div>\n"
            html += pager(of: article, number: number, part: part, story: index.brief.story)
        } else {
            html += "<p class=\"empty\">The text of this article is not stored.</p>\n"
        }
        let summary = (standalone ? CitationIndex.storyPage(of: index.brief.story) : "") + "#summary"
        html += "<p class=\"meta source-foot\"><a href=\"\(summary)\">↑ Summary</a> · <a href=\"\(articleLink)\">JSON</a></p>\n"
        return html + "</article>\n"
    }

    /// The card's heading: the brief's title for the source, else the article's, else its id.
    static func title(of source: BriefSource, article: Article?) -> String {
        source.title ?? article?.metadata.title ?? source.article.rawValue
    }

    /// Links to the previous and next parts of a text too long for one page; nothing for a text that fits.
    private static func pager(of article: Article, number: Int, part: SourcePart, story: StoryID) -> String {
        let count = SourcePart.count(forLength: article.text.utf8.count)
        guard count > 1 else { return "" }
        func link(_ target: Int, _ label: String) -> String {
            let page = CitationIndex.sourcePage(of: story, number: number, part: SourcePart(number: target))
            return "<a href=\"\(page)\">\(label)</a>"
        }
        let previous = part.number > 1 ? link(part.number - 1, "← previous part") : "<span></span>"
        let next = part.number < count ? link(part.number + 1, "next part →") : "<span></span>"
        return "<nav class=\"pager\">\(previous)<span>part \(part.number) of \(count)</span>\(next)</nav>\n"
    }
}
