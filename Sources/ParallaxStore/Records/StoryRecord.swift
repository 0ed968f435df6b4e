import GRDB

/// A row of `story`: a story's position in the online index, its id and headline, and the story it merged into.
struct StoryRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story"

    var position: Int
    var id: String
    var headline: String
    /// The position of the story that absorbed this one; nil while the story is live.
    var mergedInto: Int?
}
