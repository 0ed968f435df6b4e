import Foundation
import Parallax

/// Reads the clustering benchmarks of ../shared/bench/clustering into articles with gold labels.
///
/// ECB+ (`gold_clusters.tsv` and `docs/<sub>/<doc>.json`): title and text of each document, gold story = sub-topic,
/// gold group = topic; there are no dates. UCI headlines (a CSV with TITLE, STORY and TIMESTAMP): each headline is an
/// article, gold story = STORY; ids start with the zero-padded timestamp so id order is time order. Items come in the
/// order the benchmark file lists them; `StreamOrder` puts them in the order they are streamed.
struct ClusteringBenchmarkReader {
    /// One benchmark document with its gold labels.
    struct Item {
        let id: String
        let text: String
        let story: String
        let group: String?
    }

    /// An error naming the file and what is wrong with it.
    struct ReadError: Error, CustomStringConvertible {
        let file: String
        let reason: String
        var description: String { "\(file): \(reason)" }
    }

    let folder: URL

    func read() throws -> [Item] {
        let tsv = folder.appendingPathComponent("gold_clusters.tsv")
        if FileManager.default.fileExists(atPath: tsv.path) { return try readECB(tsv) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        guard let csv = names.first else {
            throw ReadError(file: folder.path, reason: "neither gold_clusters.tsv nor a .csv file")
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
            items.append(Item(id: fields[0], text: title.isEmpty ? body : title + "\n\n" + body, story: fields[2], group: fields[1]))
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
            items.append(Item(id: Self.padded(stamp, 14) + "-" + Self.padded(key, 8), text: row[title], story: row[story], group: nil))
        }
        return items
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
