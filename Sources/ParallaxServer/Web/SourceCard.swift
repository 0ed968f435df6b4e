import Parallax

/// One source article at the foot of the story page: number, title, outlet, date, link, and the highlighted text.
enum SourceCard {
    static func render(
        _ source: BriefSource, number: Int, article: Article?, spans: [HighlightedSpan], index: CitationIndex
    ) -> String {
        let title = source.title ?? article?.metadata.title ?? source.article.rawValue
        var meta: [String] = []
        // The outlet when known; the title is already the card's heading.
        if let outlet = source.publisher ?? source.url.flatMap(SourceCounting.host(of:)), !outlet.isEmpty {
            meta.append("<span class=\"outlet\">\(HTMLEscaping.escape(outlet))</span>")
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
            html += "<div class=\"text\">\n\(SourceTextRenderer.render(article.text, spans: spans))</div>\n"
        } else {
            html += "<p class=\"empty\">The text of this article is not stored.</p>\n"
        }
        html += "<p class=\"meta source-foot\"><a href=\"#summary\">↑ Summary</a> · <a href=\"\(articleLink)\">JSON</a></p>\n"
        return html + "</article>\n"
    }
}
