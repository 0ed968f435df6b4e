import Foundation
import Testing
@testable import Parallax

/// Each `Fixtures/HTMLParsing/golden/NAME.html` is parsed and compared with `NAME.tree`: the detected
/// encoding on the first line, then the dumped tree. Set PARALLAX_UPDATE_GOLDEN=1 to rewrite the
/// expectations (then review the diff).
@Suite struct HTMLGoldenTreeTests {
    static let folder = SharedData.fixture("HTMLParsing/golden")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func fixturesArePresent() {
        #expect(Self.names.count >= 10)
    }

    @Test(arguments: names) func treeMatchesGolden(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".html")))
        let encoding = HTMLEncoding.decode(bytes).encoding
        let actual = "encoding: \(encoding)\n" + HTMLTreeDump.dump(HTMLParser().parse(bytes))
        let goldenURL = Self.folder.appendingPathComponent(name + ".tree")
        if ProcessInfo.processInfo.environment["PARALLAX_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
