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

    func open() throws -> SQLiteArticleStore { try SQLiteArticleStore(path: path) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Adds each article; returns the outcomes of the new ones.
    @discardableResult
    static func ingest(_ articles: [Article], into ingester: inout StoreIngester, at date: Date = Date(timeIntervalSince1970: 1_711_929_600)) throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        for article in articles {
            guard case .stored(let outcome) = try ingester.add(article, ingestedAt: date, analyze: ArticleAnalyzer().analyze) else { continue }
            outcomes.append(outcome)
        }
        return outcomes
    }
}
