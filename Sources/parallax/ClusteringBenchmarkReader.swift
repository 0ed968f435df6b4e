import Foundation
import Parallax

/// Reads the clustering benchmarks into raw documents with gold labels, so that they are extracted, analyzed and
/// clustered exactly as `parallax brief` would read them.
///
/// - ECB+ (`gold_clusters.tsv` and `docs/<sub>/<doc>.json`): the title and text of each document, gold story =
///   sub-topic, gold group = topic; there are no dates.
/// - UCI headlines (a CSV with TITLE, STORY and TIMESTAMP): each headline is an article dated by its timestamp, gold
///   story = STORY; ids start with the zero-padded timestamp so id order is time order.
/// - MultiLing 2011 (`SourceTexts/M00xy.english`, plain text): gold story = topic `M00x`, ten articles each.
/// - BASIL (`stories/*.jsonl`, one event's articles per file): gold story = the file.
///
/// Items come in the order the benchmark lists them; `StreamOrder` puts them in the order they are streamed.
struct ClusteringBenchmarkReader {
    /// One benchmark document with its gold labels.
    struct Item {
        let document: RawDocument
        let story: String
        let group: String?

        var id: String { document.id.rawValue }
    }

    /// An error naming the file and what is wrong with it.
    struct ReadError: Error, CustomStringConvertible {
        let file: String
        let reason: String
        var description: String { "\(file): \(reason)" }
    }

    let folder: URL

    func read() throws -> [Item] {
        let manager = FileManager.default
        let tsv = folder.appendingPathComponent("gold_clusters.tsv")
        if manager.fileExists(atPath: tsv.path) { return try readECB(tsv) }
        let sources = folder.appendingPathComponent("SourceTexts")
        if manager.fileExists(atPath: sources.path) { return try readMultiLing(sources) }
        let stories = folder.appendingPathComponent("stories")
        if manager.fileExists(atPath: stories.path) { return try readStoryFiles(stories) }
        let names = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        guard let csv = names.first else {
            throw ReadError(file: folder.path, reason: "none of gold_clusters.tsv, SourceTexts/, stories/ or a .csv file")
        }
        return try readHeadlines(folder.appendingPathComponent(csv))
    }

    private func readECB(_ tsv: URL) throws -> [Item] {
        let lines = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n")
        var items: [Item] = []
        for (number, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { throw ReadError(file: tsv.path, reason: "line \(number + 1): fewer than 4 fields") }
            let file = folder.appendingPathComponent("docs").appendingPathComponent(fields[3])
            let data = try Data(contentsOf: file)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ReadError(file: file.path, reason: "not a JSON object")
            }
            let title = object["title"] as? String ?? ""
            let body = object["text"] as? String ?? ""
            let document = RawDocument(
                id: ArticleID(fields[0]), origin: file.path, bytes: Array(body.utf8), format: .plainText,
                declared: ArticleMetadata(title: title.isEmpty ? nil : title))
            items.append(Item(document: document, story: fields[2], group: fields[1]))
        }
        return items
    }

    private func readHeadlines(_ csv: URL) throws -> [Item] {
        let rows = CSVRows.parse(try String(contentsOf: csv, encoding: .utf8))
        guard let header = rows.first,
              let id = header.firstIndex(of: "ID"), let title = header.firstIndex(of: "TITLE"),
              let story = header.firstIndex(of: "STORY"), let time = header.firstIndex(of: "TIMESTAMP") else {
            throw ReadError(file: csv.path, reason: "header lacks ID, TITLE, STORY or TIMESTAMP")
        }
        var items: [Item] = []
        for (number, row) in rows.enumerated().dropFirst() where !(row.count == 1 && row[0].isEmpty) {
            guard row.count == header.count, let stamp = Int(row[time]), let key = Int(row[id]) else {
                throw ReadError(file: csv.path, reason: "row \(number + 1): \(row.count) fields or a bad ID/TIMESTAMP")
            }
            let day = Self.utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(stamp) / 1000))
            let published = CalendarDate(year: day.year!, month: day.month, day: day.day)
            let document = RawDocument(
                id: ArticleID(Self.padded(stamp, 14) + "-" + Self.padded(key, 8)), origin: "\(csv.path):\(number + 1)",
                bytes: Array(row[title].utf8), format: .plainText, declared: ArticleMetadata(published: published))
            items.append(Item(document: document, story: row[story], group: nil))
        }
        return items
    }

    private func readMultiLing(_ sources: URL) throws -> [Item] {
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".english") }.sorted()
        return try names.map { name in
            let file = sources.appendingPathComponent(name)
            let document = RawDocument(
                id: ArticleID(String(name.prefix(5))), origin: file.path, bytes: [UInt8](try Data(contentsOf: file)),
                format: .plainText)
            return Item(document: document, story: "M00" + String(name.dropFirst(3).prefix(1)), group: nil)
        }
    }

    private func readStoryFiles(_ stories: URL) throws -> [Item] {
        let names = try FileManager.default.contentsOfDirectory(atPath: stories.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var items: [Item] = []
        for name in names {
            let file = stories.appendingPathComponent(name)
            let (documents, problems) = JSONLinesReader().read([UInt8](try Data(contentsOf: file)), origin: file.path)
            if let problem = problems.first { throw ReadError(file: file.path, reason: problem.message) }
            let story = String(name.dropLast(".jsonl".count))
            items += documents.map { Item(document: $0, story: story, group: nil) }
        }
        return items
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
