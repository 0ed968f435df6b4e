import GRDB

/// A row of `analysis`: the analysis items and sentences of one article as JSON (tokens are made again on load).
struct AnalysisRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "analysis"

    var articleID: String
    var entities: String
    var quotes: String
    var numbers: String
    var dates: String
    var sentences: String
}
