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
    /// The hash of the raw input bytes (nil for articles stored before migration v2).
    var rawHash: String?
    /// The key of the article's outlet (`Outlet`): what a story's sources are counted by.
    var outlet: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        sequence = inserted.rowID
    }
}

extension ArticleRecord {
    /// The article columns of a stored row (`sequence` is given by the insert).
    init(_ row: StoredArticleRow) {
        self.init(
            sequence: nil, id: row.id, sourceID: row.sourceID, contentHash: row.contentHash, origin: row.origin,
            text: row.text, title: row.title, publisher: row.publisher, published: row.published, seen: row.seen,
            metadata: row.metadata, wires: row.wires, diagnostics: row.diagnostics, ingestedAt: row.ingestedAt,
            rawHash: row.rawHash, outlet: row.outlet)
    }

    /// The stored row of this article with its analysis.
    func row(with analysis: AnalysisRecord) -> StoredArticleRow {
        StoredArticleRow(
            id: id, sourceID: sourceID, contentHash: contentHash, rawHash: rawHash, origin: origin, text: text,
            title: title, publisher: publisher, published: published, seen: seen, metadata: metadata, wires: wires,
            diagnostics: diagnostics, ingestedAt: ingestedAt, entities: analysis.entities, quotes: analysis.quotes,
            numbers: analysis.numbers, dates: analysis.dates, sentences: analysis.sentences)
    }
}
