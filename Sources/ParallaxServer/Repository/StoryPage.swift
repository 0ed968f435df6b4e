/// One page of the story list, and the cursor for the next page (nil on the last).
package struct StoryPage: Sendable {
    package let stories: [StoryOverview]
    package let next: StoryCursor?

    package init(stories: [StoryOverview], next: StoryCursor?) {
        self.stories = stories
        self.next = next
    }

    /// Pages a list already sorted newest first: keeps the stories after the cursor and since the date.
    package static func slice(_ sorted: [StoryOverview], _ query: StoryQuery) -> StoryPage {
        let limit = max(1, min(query.limit, StoryQuery.maximumLimit))
        var selected: [StoryOverview] = []
        for story in sorted {
            if let since = query.since, story.lastSeen < since { continue }
            if let cursor = query.cursor, !cursor.precedes(story) { continue }
            if selected.count == limit {
                return StoryPage(stories: selected, next: StoryCursor(after: selected[selected.count - 1]))
            }
            selected.append(story)
        }
        return StoryPage(stories: selected, next: nil)
    }
}
