/// The articles about one event, with copies and rewrites marked.
package struct Story: Sendable {
    package let id: StoryID
    /// In a stable order: by publication date, then id.
    package let articles: [AnalyzedArticle]
    package let copies: [CopyRelation]

    package init(id: StoryID, articles: [AnalyzedArticle], copies: [CopyRelation]) {
        self.id = id
        self.articles = articles
        self.copies = copies
    }
}
