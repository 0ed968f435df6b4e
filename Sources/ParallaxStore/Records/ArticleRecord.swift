import Foundation
import GRDB

/// A row of `article`: the extracted article with its metadata; `sequence` is the ingest order.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"

    var sequence: Int64?
    var id: String
    var sourceID: String
    var contentHash: String
    var origin: String
    var text: String
    var title: String?
    var publisher: String?
    /// ISO date of the stated publication date, when there is one.
    var published: String?
    /// The publication date, or the ingestion day when the article states none: what `stories(since:)` filters on.
    var seen: String
    /// JSON of `ArticleMetadata`, `[WireCredit]` and `[Diagnostic]`.
    var metadata: String
    var wires: String
    var diagnostics: String
    var ingestedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        sequence = inserted.rowID
    }
}
