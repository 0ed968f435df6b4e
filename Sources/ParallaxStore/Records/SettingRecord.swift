import GRDB

/// A row of `setting`: what the store was built with (the clustering configuration), checked on every ingest.
struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"

    var key: String
    var value: String
}
