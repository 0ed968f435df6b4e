import Foundation
import GRDB

/// A row of `indexSnapshot`: a `StoryIndexSnapshot` of the online index after the article with `sequence`, which
/// held `articles` articles; the next open decodes it and replays only the articles after `sequence`.
struct IndexSnapshotRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "indexSnapshot"
    /// The one row's key: a store keeps only its latest snapshot.
    static let latest = "story-index"

    var name: String
    var sequence: Int64
    var articles: Int
    var data: Data
}
