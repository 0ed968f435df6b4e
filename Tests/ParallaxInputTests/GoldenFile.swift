import Foundation
import Testing

/// Compares a whole output with a checked-in expected file.
///
/// On a mismatch the actual output is written beside the system's temporary folder for diffing;
/// `PARALLAX_UPDATE_GOLDEN=1` rewrites the expected files instead (read the diff before committing them).
enum GoldenFile {
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestPaths.golden(name)
        if ProcessInfo.processInfo.environment["PARALLAX_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let dump = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-golden-\(name)")
            try FileManager.default.createDirectory(at: dump.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: dump, atomically: true, encoding: .utf8)
            Issue.record("\(name) differs from the golden file; actual output in \(dump.path)", sourceLocation: sourceLocation)
        }
    }
}
