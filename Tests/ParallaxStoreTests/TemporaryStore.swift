import Foundation
import Parallax
import ParallaxStore

/// A store in a fresh temporary folder, removed by `remove()`.
struct TemporaryStore {
    let folder: URL
    var path: String { folder.appendingPathComponent("test.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func open() throws -> ArticleStore { try ArticleStore(path: path) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Admits, analyzes and ingests each article; returns the outcomes of the new ones.
    @discardableResult
    static func ingest(_ articles: [Article], into ingester: inout StoreIngester, at date: Date = Date(timeIntervalSince1970: 1_711_929_600)) throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        for article in articles {
            guard case .new(let admitted, let key) = try ingester.admit(article) else { continue }
            outcomes.append(try ingester.ingest(ArticleAnalyzer().analyze(admitted), key: key, ingestedAt: date))
        }
        return outcomes
    }
}
