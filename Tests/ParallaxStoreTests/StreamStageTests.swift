import Foundation
import Parallax
import ParallaxStore
import Testing

/// The stream stages the Spark backfill runs (`prepare`, `assign`, `copies`) give what `ingest` and `dedup` give
/// on the same input.
@Suite("prepare | assign = ingest; prepare | copies = dedup")
struct StreamStageTests {
    private static let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Samples texts as one JSON Lines file, plus the same articles as web pages in a WARC archive.
    private static func input(in folder: URL) throws -> (jsonl: URL, warc: URL) {
        let samples = package.appendingPathComponent("Samples")
        var lines = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
            let line = try JSONEncoder().encode(["id": name, "text": text])
            lines += String(decoding: line, as: UTF8.self) + "\n"
        }
        let jsonl = folder.appendingPathComponent("samples.jsonl")
        try Data(lines.utf8).write(to: jsonl)
        let warc = folder.appendingPathComponent("samples.warc.gz")
        try FileManager.default.copyItem(
            at: package.appendingPathComponent("Tests/ParallaxInputTests/Fixtures/samples.warc.gz"), to: warc)
        return (jsonl, warc)
    }

    /// The JSON objects of a JSON Lines text.
    private static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test("the stages agree with ingest and dedup on the Samples, as text and as web pages")
    func stagesAgree() throws {
        try #require(ParallaxBinary.url != nil, "parallax is not built next to the tests")
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let (jsonl, warc) = try Self.input(in: temporary.folder)

        var prepared = ""
        for (file, kind) in [(jsonl, "jsonl"), (warc, "warc.gz")] {
            let run = try ParallaxBinary.run(["prepare", "--kind", kind, "--origin", file.path], in: temporary.folder, input: file)
            #expect(run.status == 0, "\(run.stderr)")
            prepared += run.stdout
        }
        let records = try Self.objects(prepared)
        #expect(records.filter { $0["row"] != nil }.count == 14)
        // The archive's image and redirect are reported in the stream, not dropped.
        #expect(records.contains { ($0["problem"] as? String)?.contains("not an article") == true })
        let preparedFile = temporary.folder.appendingPathComponent("prepared.jsonl")
        try Data(prepared.utf8).write(to: preparedFile)

        let assigned = try ParallaxBinary.run(["assign"], in: temporary.folder, input: preparedFile)
        #expect(assigned.status == 0, "\(assigned.stderr)")
        var storyOf: [String: String] = [:]
        for line in try Self.objects(assigned.stdout) { storyOf[line["stored"] as! String] = line["story"] as? String }
        let ingest = try ParallaxBinary.run(["ingest", "--store", temporary.path, jsonl.path, warc.path], in: temporary.folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let ingested = try SQLiteArticleStore(path: temporary.path).storyOfArticles()
        #expect(storyOf == Dictionary(uniqueKeysWithValues: ingested.map { ($0.key.rawValue, $0.value.rawValue) }))

        let grouped = try Self.objects(prepared).filter { $0["row"] != nil }.map { record -> String in
            var tagged = record
            tagged["group"] = "all"
            return String(decoding: try JSONSerialization.data(withJSONObject: tagged), as: UTF8.self)
        }.joined(separator: "\n")
        let groupedFile = temporary.folder.appendingPathComponent("grouped.jsonl")
        try Data(grouped.utf8).write(to: groupedFile)
        let copies = try ParallaxBinary.run(["copies"], in: temporary.folder, input: groupedFile)
        #expect(copies.status == 0, "\(copies.stderr)")
        let found = Set(try Self.objects(copies.stdout).map { "\($0["copy"]!) \($0["original"]!) \($0["kind"]!)" })
        let dedup = try ParallaxBinary.run(["dedup", "--format", "json", jsonl.path, warc.path], in: temporary.folder)
        let pairs = try JSONSerialization.jsonObject(with: Data(dedup.stdout.utf8)) as! [[String: Any]]
        let expected = Set(pairs.map { $0["relation"] as! [String: Any] }.filter { $0["kind"] as? String != "rewrite" }
            .map { "\($0["copy"]!) \($0["original"]!) \($0["kind"]!)" })
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }
}
