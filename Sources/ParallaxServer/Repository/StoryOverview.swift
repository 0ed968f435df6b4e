import Foundation
import Parallax

/// One line of the story list: the headline, how many outlets and articles, when the story was first and last fed.
public struct StoryOverview: Hashable, Sendable {
    public let id: StoryID
    public let headline: String
    /// Distinct outlets (copies of one original count once when the brief says so).
    public let sourceCount: Int
    public let articleCount: Int
    /// When the story's first article was added to the repository.
    public let firstSeen: Date
    /// When the story's latest article was added: the list's sort key.
    public let lastSeen: Date
    /// True when the repository only knows the days (midnight UTC stands for the day): pages then show dates, not
    /// times or "2 hours ago".
    public let isDayPrecision: Bool

    public init(
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
    public static func newestFirst(_ lhs: StoryOverview, _ rhs: StoryOverview) -> Bool {
        lhs.lastSeen != rhs.lastSeen ? lhs.lastSeen > rhs.lastSeen : lhs.id < rhs.id
    }
}
