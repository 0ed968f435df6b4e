/// One source article as the brief lists it: who published it, when, which wires it credits, whose copy it is.
public struct BriefSource: Hashable, Codable, Sendable {
    public let article: ArticleID
    public let origin: String
    public let title: String?
    public let publisher: String?
    public let url: String?
    public let published: CalendarDate?
    public let wires: [String]
    /// The article this one copies, when it is a copy or rewrite.
    public let copyOf: ArticleID?

    /// The outlet that published the article.
    public var outlet: Outlet { Outlet(publisher: publisher, url: url, article: article) }

    public init(
        article: ArticleID, origin: String, title: String?, publisher: String?, url: String?,
        published: CalendarDate?, wires: [String], copyOf: ArticleID?
    ) {
        self.article = article
        self.origin = origin
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.wires = wires
        self.copyOf = copyOf
    }
}
