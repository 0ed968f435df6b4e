import Foundation
import Parallax
import ParallaxEvaluation

/// The trafilatura evaluation set read from disk: each page's gunzipped bytes, segments and metadata.
struct ExtractionBenchmark {
    struct Page {
        let url: String
        let path: String
        let bytes: [UInt8]
        let with: [String]
        let without: [String]
        let title: String?
        let author: String?
        let date: String?
    }

    /// Why the benchmark folder could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    let pages: [Page]

    init(folder: URL) throws {
        let evalURL = folder.appendingPathComponent("evaldata.json")
        let manifestURL = folder.appendingPathComponent("manifest.tsv")
        guard let evalData = FileManager.default.contents(atPath: evalURL.path),
              let entries = try JSONSerialization.jsonObject(with: evalData) as? [String: Any] else {
            throw ReadError(path: evalURL.path, reason: "missing or not a JSON object")
        }
        guard let manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else {
            throw ReadError(path: manifestURL.path, reason: "missing or not UTF-8")
        }
        var pages: [Page] = []
        for line in manifest.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let url = String(fields[0])
            let relative = String(fields[1])
            guard let entry = entries[url] as? [String: Any] else {
                throw ReadError(path: manifestURL.path, reason: "no evaldata entry for \(url)")
            }
            let pageURL = folder.appendingPathComponent(relative)
            guard let compressed = FileManager.default.contents(atPath: pageURL.path) else {
                throw ReadError(path: pageURL.path, reason: "cannot read")
            }
            let bytes: [UInt8]
            do { bytes = try Inflate.gunzip([UInt8](compressed)) } catch {
                throw ReadError(path: pageURL.path, reason: "bad gzip: \(error)")
            }
            func text(_ key: String) -> String? {
                guard let value = entry[key] as? String else { return nil }
                let collapsed = WhitespaceCollapser.collapse(value)
                return collapsed.isEmpty ? nil : collapsed
            }
            pages.append(Page(
                url: url, path: relative, bytes: bytes,
                with: entry["with"] as? [String] ?? [], without: entry["without"] as? [String] ?? [],
                title: text("title"), author: text("author"), date: text("date")
            ))
        }
        self.pages = pages
    }
}
