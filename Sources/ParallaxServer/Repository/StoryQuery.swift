import Foundation

/// Which stories to list: those last seen at or after `since`, at most `limit`, after the cursor's position.
public struct StoryQuery: Hashable, Sendable {
    public static let defaultLimit = 20
    public static let maximumLimit = 200

    public var since: Date?
    public var limit: Int
    public var cursor: StoryCursor?

    public init(since: Date? = nil, limit: Int = StoryQuery.defaultLimit, cursor: StoryCursor? = nil) {
        self.since = since
        self.limit = limit
        self.cursor = cursor
    }
}
