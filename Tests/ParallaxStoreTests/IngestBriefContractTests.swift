import Foundation
import Parallax
import Testing

/// The contract between the two ways in: `parallax ingest` + `parallax brief --story ID` give the same stories and,
/// story by story, the same JSON brief as `parallax brief PATH` on the same files. The one field that differs is
/// `related`: the store does not yet group its stories into related coverage, so it is compared empty.
@Suite("ingest + brief --story = brief PATH")
struct IngestBriefContractTests {
    private static let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let multiLing = package.deletingLastPathComponent()
        .appendingPathComponent("shared/bench/summarization/multiling2011-en/SourceTexts")

    /// Compares in the SQLite store of a temporary folder, or in the PostgreSQL database at `url`.
    private static func compare(folder input: URL, url: String? = nil) throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = url ?? temporary.path
        let batch = try ParallaxBinary.run(["brief", input.path, "--format", "json"], in: temporary.folder)
        #expect(batch.status == 0, "\(batch.stderr)")
        let ingest = try ParallaxBinary.run(["ingest", input.path, "--store", store], in: temporary.folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let expected = try BriefDocument.decode(Data(batch.stdout.utf8)).stories
        #expect(!expected.isEmpty)
        let listing = try ParallaxBinary.run(["stories", "--store", store], in: temporary.folder)
        let stored = Set(listing.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(stored == Set(expected.map(\.story.rawValue)), "stories differ")
        for brief in expected {
            let read = try ParallaxBinary.run(["brief", "--story", brief.story.rawValue, "--store", store, "--format", "json"], in: temporary.folder)
            #expect(read.status == 0, "\(read.stderr)")
            let fromStore = try #require(try BriefDocument.decode(Data(read.stdout.utf8)).stories.first)
            let (left, right) = (JSONRenderer().render([brief.relating([])]), JSONRenderer().render([fromStore.relating([])]))
            #expect(left == right, "\(brief.story) differs")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: package.appendingPathComponent("Samples").path), "needs Samples/"))
    func samples() throws {
        try Self.compare(folder: Self.package.appendingPathComponent("Samples"))
    }

    @Test(
        "the same on PostgreSQL",
        .enabled(if: FileManager.default.fileExists(atPath: package.appendingPathComponent("Samples").path), "needs Samples/"),
        .enabled(if: TestPostgres.server != nil, Comment(rawValue: TestPostgres.skipReason)))
    func samplesOnPostgres() throws {
        let database = try TestPostgres(server: try #require(TestPostgres.server))
        defer { database.drop() }
        try Self.compare(folder: Self.package.appendingPathComponent("Samples"), url: database.url)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: multiLing.path), "needs ../shared/bench"))
    func aMultiLingTopicToldOverMonths() throws {
        // M001: the London bombings from July 2005 to their anniversaries, as the plain-text files a user would have.
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let folder = temporary.folder.appendingPathComponent("M001")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<10 {
            try FileManager.default.copyItem(
                at: Self.multiLing.appendingPathComponent("M001\(number).english"), to: folder.appendingPathComponent("M001\(number).txt"))
        }
        try Self.compare(folder: folder)
    }
}
