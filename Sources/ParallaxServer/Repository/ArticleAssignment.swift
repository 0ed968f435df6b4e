import Parallax

/// What became of one added document: its article id, the story it joined, and what went wrong if it was skipped.
public struct ArticleAssignment: Codable, Hashable, Sendable {
    public let article: ArticleID
    /// Nil when the document had no readable text and was not stored.
    public let story: StoryID?
    public let diagnostics: [String]

    public init(article: ArticleID, story: StoryID?, diagnostics: [String] = []) {
        self.article = article
        self.story = story
        self.diagnostics = diagnostics
    }
}
