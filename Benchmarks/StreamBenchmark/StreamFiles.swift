import Foundation
import StreamGenerator

/// The files of a generated stream: `stream.jsonl` (one `{"id", "text"}` object per line, which `parallax ingest`
/// and the Python peers read) and `planted.tsv` (copy, original, target and exact Jaccard of each planted pair).
struct StreamFiles {
    let folder: URL

    var stream: URL { folder.appendingPathComponent("stream.jsonl") }
    var planted: URL { folder.appendingPathComponent("planted.tsv") }

    /// Opens `stream.jsonl` for writing, creating the folder.
    func streamWriter() throws -> FileHandle {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: stream.path, contents: nil)
        return try FileHandle(forWritingTo: stream)
    }

    /// One JSON Lines record, keys in a fixed order.
    static func line(_ article: StreamArticle) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(article.text.utf8.count + 40)
        bytes += Array("{\"id\":".utf8)
        appendJSONString(article.id, to: &bytes)
        bytes += Array(",\"text\":".utf8)
        appendJSONString(article.text, to: &bytes)
        bytes += Array("}\n".utf8)
        return Data(bytes)
    }

    private static func appendJSONString(_ string: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(0x22)
        for byte in string.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case ..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    func writePlanted(_ pairs: [PlantedPair]) throws {
        var text = "copy\toriginal\ttarget\tjaccard\n"
        for pair in pairs {
            text += "\(pair.copy)\t\(pair.original)\t\(String(format: "%.4f", pair.target))\t\(String(format: "%.6f", pair.jaccard))\n"
        }
        try Data(text.utf8).write(to: planted)
    }

    /// The stream's ids and texts, each text made contiguous UTF-8 here so timing starts on ready strings.
    func readStream() throws -> (ids: [String], texts: [String]) {
        let data = try Data(contentsOf: stream)
        var ids: [String] = []
        var texts: [String] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String, var text = object["text"] as? String else { continue }
            text.makeContiguousUTF8()
            ids.append(id)
            texts.append(text)
        }
        return (ids, texts)
    }

    /// The planted pairs: (copy id, original id, exact Jaccard).
    func readPlanted() throws -> [(copy: String, original: String, jaccard: Double)] {
        let text = try String(contentsOf: planted, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 4, let jaccard = Double(fields[3]) else { return nil }
            return (String(fields[0]), String(fields[1]), jaccard)
        }
    }
}
