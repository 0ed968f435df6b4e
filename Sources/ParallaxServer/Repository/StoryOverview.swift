import Foundation
import Parallax

/// One line of the story list: the headline, how many outlets and articles, when the story was first and last fed.
package struct StoryOverview: Hashable, Sendable {
    package let id: StoryID
    package let headline: String
    /// Distinct outlets (copies of one original count once when the brief says so).
    package let sourceCount: Int
    package let articleCount: Int
    /// When the story's first article was added to the repository.
    package let firstSeen: Date
    /// When the story's latest article was added: the list's sort key.
    package let lastSeen: Date
    /// True when the repository only knows the days (midnight UTC stands for the day): pages then show dates, not
    /// times or "2 hours ago".
    package let isDayPrecision: Bool

    package init(
        id: StoryID, headline: String, sourceCount: Int, articleCount: Int, firstSeen: Date, lastSeen: Date,
        isDayPrecision: Bool = false
    ) {
        self.id = id
        self.headline = headline
        self.sourceCount = sourceCount
        self.articleCount = articleCount
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.isDayPrecision = isDayPrecision
    }

    /// Newest first, then by id, so pages never skip or repeat a story that ties on time.
    package static func newestFirst(_ lhs: StoryOverview, _ rhs: StoryOverview) -> Bool {
        lhs.lastSeen != rhs.lastSeen ? lhs.lastSeen > rhs.lastSeen : lhs.id < rhs.id
    }
}
