import Foundation
import GRDB

/// A row of `signature`: the weighted terms story clustering saw for one article (`SignatureCoding`).
struct SignatureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "signature"

    var articleID: String
    var terms: Data
}
