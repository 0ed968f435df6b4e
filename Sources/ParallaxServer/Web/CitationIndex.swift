import Parallax

/// Numbers a brief's sources 1, 2, 3… and names the anchor each cited span gets in the source texts below.
struct CitationIndex {
    let brief: Brief
    private let numbers: [ArticleID: Int]
    private(set) var spans: [ArticleID: [HighlightedSpan]] = [:]
    private var seen = Set<String>()

    init(brief: Brief) {
        self.brief = brief
        var numbers: [ArticleID: Int] = [:]
        for (index, source) in brief.sources.enumerated() where numbers[source.article] == nil {
            numbers[source.article] = index + 1
        }
        self.numbers = numbers
    }

    func number(of article: ArticleID) -> Int? { numbers[article] }

    func anchor(for span: TextSpan) -> String {
        "c\(numbers[span.article] ?? 0)-\(span.start)-\(span.end)"
    }

    /// Where a citation points: the span's anchor on this page when the story page shows it, else on the page of
    /// the source's part that holds it.
    func href(for span: TextSpan) -> String {
        let anchor = anchor(for: span)
        guard let number = numbers[span.article] else { return "#\(anchor)" }
        let part = SourcePart(containing: span.start)
        if number <= SourcePart.sourcesOnStoryPage, part.number == 1 { return "#\(anchor)" }
        return Self.sourcePage(of: brief.story, number: number, part: part) + "#\(anchor)"
    }

    /// The story's page.
    static func storyPage(of story: StoryID) -> String {
        "/stories/\(PathEscaping.segment(story.rawValue))"
    }

    /// The page that shows one part of one source's text.
    static func sourcePage(of story: StoryID, number: Int, part: SourcePart) -> String {
        let page = storyPage(of: story) + "/sources/\(number)"
        return part.number == 1 ? page : page + "?part=\(part.number)"
    }

    /// The outlet's name for a source (`Outlet`: publisher, else URL host), else its title, else its id.
    func name(of article: ArticleID) -> String {
        guard let number = numbers[article] else { return article.rawValue }
        let source = brief.sources[number - 1]
        if source.outlet.isNamed { return source.outlet.name }
        if let title = source.title, !title.isEmpty { return Self.shortened(title, to: 60) }
        return article.rawValue
    }

    /// The source's number chip and name, escaped, for labels above facts and claims.
    func label(of article: ArticleID) -> String {
        let number = numbers[article].map { "<span class=\"chip\">\($0)</span>" } ?? ""
        return "<span class=\"source-ref\">\(number)\(HTMLEscaping.escape(name(of: article)))</span>"
    }

    /// Cuts long text at a word boundary with an ellipsis, so a headline can serve as a label.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// Records the span for highlighting and returns a superscript link to it: `[2]`.
    mutating func cite(_ span: TextSpan) -> String {
        let anchor = anchor(for: span)
        if seen.insert(anchor).inserted {
            spans[span.article, default: []].append(HighlightedSpan(start: span.start, end: span.end, anchor: anchor))
        }
        let label = numbers[span.article].map(String.init) ?? "?"
        let title = HTMLEscaping.escape(name(of: span.article))
        return "<a class=\"cite\" href=\"\(href(for: span))\" title=\"\(title)\" data-target=\"\(anchor)\">\(label)</a>"
    }

    /// Links to the articles themselves (not to a passage): `[1][3]`, each to the source's card or page.
    func sourceLinks(_ articles: [ArticleID]) -> String {
        let links = articles.compactMap { article -> String? in
            guard let number = numbers[article] else { return nil }
            let href = number <= SourcePart.sourcesOnStoryPage
                ? "#source-\(number)" : Self.sourcePage(of: brief.story, number: number, part: SourcePart(number: 1))
            return "<a class=\"source-link\" href=\"\(href)\" title=\"\(HTMLEscaping.escape(name(of: article)))\">\(number)</a>"
        }
        return links.isEmpty ? "" : "<sup class=\"cites\">" + links.joined() + "</sup>"
    }

    /// Citation links for several spans, one per span, in a superscript group.
    mutating func cites(_ spans: [TextSpan]) -> String {
        guard !spans.isEmpty else { return "" }
        return "<sup class=\"cites\">" + spans.map { cite($0) }.joined() + "</sup>"
    }
}
