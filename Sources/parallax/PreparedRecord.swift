import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

/// One line of `parallax prepare`: an article extracted and analyzed, with what the later stages need without
/// reading it again — the stored row (text, metadata, analysis), its copy sketch (exact key and MinHash band
/// keys, as 16 hex digits each) and its place in the input — or a problem found while reading the input.
struct PreparedRecord: Codable {
    /// The article's index among the documents of the input, in the input's order.
    var position: Int
    var row: StoredArticleRow?
    var exactKey: String?
    var bandKeys: [String]?
    /// The candidate group a later stage put the article in (`parallax copies`).
    var group: String?
    /// An error or warning about the input that gave no article, as `parallax` prints it.
    var problem: String?

    /// The record of a prepared article.
    init(position: Int, row: StoredArticleRow, sketch: CopySketch) {
        self.position = position
        self.row = row
        exactKey = Self.hex(sketch.exactKey)
        bandKeys = sketch.bandKeys.map(Self.hex)
    }

    /// The record of a problem.
    init(position: Int, problem: Diagnostic) {
        self.position = position
        self.problem = problem.description
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// One JSON line, keys sorted.
    func line() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The records on standard input; a line that is not one is reported with its number, and the exit code is 1.
    static func standardInput() throws -> [PreparedRecord] {
        var records: [PreparedRecord] = []
        try eachOnStandardInput { records.append($0) }
        return records
    }

    /// Gives `body` the records on standard input one at a time as the lines arrive, so that a stage reading
    /// millions of them holds one; a line that is not one is reported with its number, and the exit code is 1.
    static func eachOnStandardInput(_ body: (PreparedRecord) throws -> Void) throws {
        var number = 0
        do {
            while let line = readLine(strippingNewline: true) {
                number += 1
                if !line.isEmpty { try body(try record(line, number: number, origin: "stdin")) }
            }
        } catch let error as PreparedRecordError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Reads the records of a text, one per line; a line that is not one is an error naming its number.
    static func records(in text: String, origin: String) throws -> [PreparedRecord] {
        try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            line.isEmpty ? nil : try record(String(line), number: number + 1, origin: origin)
        }
    }

    /// The record of one line, or an error naming the line.
    private static func record(_ line: String, number: Int, origin: String) throws -> PreparedRecord {
        do {
            return try JSONDecoder().decode(PreparedRecord.self, from: Data(line.utf8))
        } catch {
            throw PreparedRecordError(origin: origin, line: number, reason: "not a `parallax prepare` line: \(error)")
        }
    }
}
