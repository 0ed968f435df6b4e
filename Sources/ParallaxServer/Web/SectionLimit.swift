import Parallax

/// How many items each analysis section of the story page lists. A story of ordinary size shows whole; a huge
/// input (one 9 MB article makes 65,000 unique statements) shows the first items and links to the full brief.
enum SectionLimit {
    /// Items listed in one section, whatever its groups (sources, speakers, kinds of entity).
    static let items = 200

    /// The note after a list cut at `items`; nothing when nothing was cut.
    static func more(_ total: Int, shown: Int, story: StoryID) -> String {
        guard total > shown else { return "" }
        let link = "/api/stories/\(PathEscaping.segment(story.rawValue))/brief?format=markdown"
        return "<p class=\"meta more\">and \(total - shown) more in the <a href=\"\(link)\">full brief</a></p>\n"
    }
}
