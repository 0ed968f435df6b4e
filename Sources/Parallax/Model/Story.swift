/// The articles about one event, with copies and rewrites marked.
public struct Story: Sendable {
    public let id: StoryID
    /// In a stable order: by publication date, then id.
    public let articles: [AnalyzedArticle]
    public let copies: [CopyRelation]

    public init(id: StoryID, articles: [AnalyzedArticle], copies: [CopyRelation]) {
        self.id = id
        self.articles = articles
        self.copies = copies
    }
}
