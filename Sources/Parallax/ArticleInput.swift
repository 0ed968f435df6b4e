/// One article as an app embedding Parallax has it: its text or HTML, and what the app knows about it. The
/// input of `Pipeline.brief(_:)`, the one-call entry point.
public struct ArticleInput: Sendable {
    /// The article's content: plain text (paragraphs separated by a blank line) or a whole HTML page.
    public enum Content: Sendable {
        case text(String)
        case html(String)
    }

    /// The text or page itself.
    public var content: Content
    /// The article's id in the briefs' sources and spans; `article-1`, `article-2`, … in input order when nil.
    public var id: String?
    /// The headline, when known; else read from the page or the text's first line.
    public var title: String?
    /// The outlet ("Reuters", "The Guardian"): sources are counted by outlet.
    public var publisher: String?
    /// Where the article was published, shown and linked in the brief's sources.
    public var url: String?
    /// Relative dates in the text ("on Monday") are resolved against it.
    public var published: CalendarDate?

    /// An article given as plain text.
    public init(
        text: String, id: String? = nil, title: String? = nil, publisher: String? = nil, url: String? = nil,
        published: CalendarDate? = nil
    ) {
        self.init(content: .text(text), id: id, title: title, publisher: publisher, url: url, published: published)
    }

    /// An article given as an HTML page; what the arguments leave out is read from the page.
    public init(
        html: String, id: String? = nil, title: String? = nil, publisher: String? = nil, url: String? = nil,
        published: CalendarDate? = nil
    ) {
        self.init(content: .html(html), id: id, title: title, publisher: publisher, url: url, published: published)
    }

    private init(content: Content, id: String?, title: String?, publisher: String?, url: String?, published: CalendarDate?) {
        self.content = content
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
    }

    /// The raw document the pipeline reads, numbered by its place among the inputs (1 for the first).
    func document(number: Int) -> RawDocument {
        let declared = ArticleMetadata(title: title, publisher: publisher, published: published, url: url)
        let name = id ?? "article-\(number)"
        switch content {
        case .text(let text):
            return RawDocument(id: ArticleID(name), origin: name, bytes: Array(text.utf8), format: .plainText, declared: declared)
        case .html(let html):
            return RawDocument(id: ArticleID(name), origin: name, bytes: Array(html.utf8), format: .html, declared: declared)
        }
    }
}
