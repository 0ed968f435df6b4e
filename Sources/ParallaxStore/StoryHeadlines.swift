import Parallax

/// The headlines of stored stories by the brief's rule (`HeadlineChooser`), from what the store keeps of their
/// members: title, publication date and the opening of the text. Both stores list stories with these, so the story
/// list and `brief --story` head a story alike.
package enum StoryHeadlines {
    /// One member as a store reads it: its live story's position and its columns (the text's first
    /// `HeadlineSource.openingLength` characters, by SQL's `substr`).
    package struct Member {
        let story: Int
        let source: HeadlineSource

        package init(story: Int, id: String, title: String?, published: String?, opening: String) {
            self.story = story
            source = HeadlineSource(
                article: ArticleID(id), title: title, published: published.flatMap { CalendarDate(iso: $0) }, opening: opening)
        }
    }

    /// Each story's headline, by position.
    package static func headlines(of members: [Member]) -> [Int: String] {
        let chooser = HeadlineChooser()
        return Dictionary(grouping: members, by: \.story).mapValues { chooser.representative(of: $0.map(\.source)).text }
    }
}
