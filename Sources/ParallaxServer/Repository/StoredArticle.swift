import Foundation
import Parallax

/// An article as the repository keeps it: the extracted text and metadata, its story, and when it was added.
public struct StoredArticle: Sendable {
    public let article: Article
    public let story: StoryID?
    /// Nil when the repository does not record it.
    public let added: Date?

    public init(article: Article, story: StoryID?, added: Date?) {
        self.article = article
        self.story = story
        self.added = added
    }
}
