import Foundation

/// Reads the real article texts of ../shared/bench: ECB+ documents (title and text of `docs/*/*.json`) and the
/// MultiLing 2011 English source texts (`SourceTexts/*.english`), each set sorted by path.
struct BenchTexts {
    let root: URL

    func read() throws -> [String] {
        try ecb() + multiLing()
    }

    private func ecb() throws -> [String] {
        let docs = root.appendingPathComponent("clustering/ecbplus/docs")
        guard FileManager.default.fileExists(atPath: docs.path) else { return [] }
        var texts: [String] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() {
            let url = docs.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                let title = object["title"] as? String ?? ""
                let body = object["text"] as? String ?? ""
                texts.append(title.isEmpty ? body : title + "\n" + body)
            }
        }
        return texts
    }

    private func multiLing() throws -> [String] {
        let sources = root.appendingPathComponent("summarization/multiling2011-en/SourceTexts")
        guard FileManager.default.fileExists(atPath: sources.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".english") }.sorted()
            .map { try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8) }
    }
}
