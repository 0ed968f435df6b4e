import GRDB

/// A row of `assignment`: the live story of one article and how it got there.
struct AssignmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assignment"

    var articleID: String
    /// The live story's position (moved when stories merge).
    var story: Int
    var similarity: Double
    var isNew: Bool
    /// The story the article was put into as a copy of a stored article (replayed with `add(_:toStory:)`).
    var forcedStory: Int?
    /// The article's ordinal in the online index (its rank in ingest order, from 0).
    var ordinal: Int?
}
