import Foundation
import Parallax

/// An article as the repository keeps it: the extracted text and metadata, its story, and when it was added.
package struct StoredArticle: Sendable {
    package let article: Article
    package let story: StoryID?
    /// Nil when the repository does not record it.
    package let added: Date?

    package init(article: Article, story: StoryID?, added: Date?) {
        self.article = article
        self.story = story
        self.added = added
    }
}
