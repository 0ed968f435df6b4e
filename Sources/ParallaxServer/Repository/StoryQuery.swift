import Foundation

/// Which stories to list: those last seen at or after `since`, at most `limit`, after the cursor's position.
package struct StoryQuery: Hashable, Sendable {
    package static let defaultLimit = 20
    package static let maximumLimit = 200

    package var since: Date?
    package var limit: Int
    package var cursor: StoryCursor?

    package init(since: Date? = nil, limit: Int = StoryQuery.defaultLimit, cursor: StoryCursor? = nil) {
        self.since = since
        self.limit = limit
        self.cursor = cursor
    }
}
