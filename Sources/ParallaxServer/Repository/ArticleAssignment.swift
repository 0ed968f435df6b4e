import Parallax

/// What became of one added document: its article id, the story it joined, and what went wrong if it was skipped.
package struct ArticleAssignment: Codable, Hashable, Sendable {
    package let article: ArticleID
    /// Nil when the document had no readable text and was not stored.
    package let story: StoryID?
    package let diagnostics: [String]

    package init(article: ArticleID, story: StoryID?, diagnostics: [String] = []) {
        self.article = article
        self.story = story
        self.diagnostics = diagnostics
    }
}
