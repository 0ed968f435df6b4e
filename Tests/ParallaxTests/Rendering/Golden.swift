import Foundation
import Testing

/// Compares a whole rendered output with its checked-in expected file under Fixtures/Rendering/.
enum Golden {
    /// On a mismatch (or a missing file) the actual output goes to /tmp/parallax-golden/<name> for `diff`.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expectedURL = SharedData.fixture("Rendering/\(name)")
        let expected = try? String(contentsOf: expectedURL, encoding: .utf8)
        guard actual != expected else { return }
        let folder = URL(fileURLWithPath: "/tmp/parallax-golden")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actualURL = folder.appendingPathComponent(name)
        try? actual.write(to: actualURL, atomically: true, encoding: .utf8)
        Issue.record("\(name) differs from its golden file; diff \(expectedURL.path) \(actualURL.path)",
                     sourceLocation: sourceLocation)
    }
}
