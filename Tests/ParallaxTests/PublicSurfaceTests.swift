import Foundation
import Testing

/// The types the Parallax library shows an embedding app, read from its sources and compared with
/// `Fixtures/PublicSurface/Parallax.txt`, so that every type made public (or no longer public) shows in review.
/// Set PARALLAX_UPDATE_GOLDEN=1 to rewrite the list (then review the diff).
@Suite struct PublicSurfaceTests {
    static let sources = SharedData.packageRoot.appendingPathComponent("Sources/Parallax")
    static let golden = SharedData.fixture("PublicSurface/Parallax.txt")

    /// One line per public type declaration: the file under Sources/Parallax, the kind and the name, nested
    /// declarations indented as in the source.
    static func publicTypes() throws -> String {
        let declaration = #/^(\s*)public (?:final )?(struct|enum|class|protocol|actor|typealias) ([A-Za-z0-9_]+)/#
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .map { String($0.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)) }.sorted()
        var lines: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard let match = String(line).firstMatch(of: declaration) else { continue }
                lines.append("\(file): \(match.1)\(match.2) \(match.3)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func thePublicTypesAreTheListedOnes() throws {
        let actual = try Self.publicTypes()
        if ProcessInfo.processInfo.environment["PARALLAX_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: Self.golden, encoding: .utf8)))
    }
}
