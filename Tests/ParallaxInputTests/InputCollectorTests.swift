import Foundation
import Parallax
import ParallaxInput
import Testing

/// Files and folders to raw documents: recursion, order, naming, and every kind of bad input.
@Suite struct InputCollectorTests {
    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func foldersAreReadRecursivelyInSortedOrderReportingUnknownFilesAndSkippingHiddenOnes() throws {
        let folder = try TestPaths.temporaryFolder()
        try write("b", to: folder.appendingPathComponent("b.txt"))
        try write("a", to: folder.appendingPathComponent("sub/a.html"))
        try write("m", to: folder.appendingPathComponent("notes.md"))
        try write("n", to: folder.appendingPathComponent("README"))
        try write("{}", to: folder.appendingPathComponent("one.json"))
        try write("x", to: folder.appendingPathComponent("notes.pdf"))
        try write("h", to: folder.appendingPathComponent(".hidden.txt"))
        try write("g", to: folder.appendingPathComponent(".git/config.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("sub/gone.txt").path, withDestinationPath: "/no/such/file")
        // A link to a file is read as that file, under the link's name; a link to a folder is not followed.
        let elsewhere = try TestPaths.temporaryFolder()
        try write("c", to: elsewhere.appendingPathComponent("c.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("sub/linked.txt").path, withDestinationPath: elsewhere.appendingPathComponent("c.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("sub/loop").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("sub/device.txt").path, withDestinationPath: "/dev/null")
        let collected = InputCollector().collect([folder.path])
        #expect(collected.files.map(\.name) == ["README", "b.txt", "notes.md", "one.json", "sub/a.html", "sub/linked.txt"])
        #expect(collected.diagnostics.map(\.origin) == [
            folder.path + "/notes.pdf", folder.path + "/sub/device.txt", folder.path + "/sub/gone.txt", folder.path + "/sub/loop"])
        #expect(collected.diagnostics.allSatisfy { $0.severity == .error })
        #expect(collected.diagnostics.map(\.message).map { String($0.prefix(24)) } == [
            "unknown extension (.pdf;", "a link to something that", "a broken link (it names ", "a link to a folder (link"])
    }

    @Test func jsonFilesHoldOneArticleOrAnArrayAndAnythingElseIsNamed() throws {
        let folder = try TestPaths.temporaryFolder()
        try write("{\"title\": \"Bridge shut\", \"text\": \"A bridge closed in Tallinn after engineers found cracks.\"}",
                  to: folder.appendingPathComponent("one.json"))
        try write("[{\"id\": \"x1\", \"text\": \"The council met.\"}, {\"html\": \"<p>Second item.</p>\"}, {\"body\": 1}, 7]",
                  to: folder.appendingPathComponent("many.json"))
        try write("\"a string\"", to: folder.appendingPathComponent("string.json"))
        try write("{\"text\": ", to: folder.appendingPathComponent("broken.json"))
        let input = ArticleSource(paths: [folder.path]).documents()
        #expect(input.documents.map(\.id.rawValue) == ["x1", "many.json#2", "one.json"])
        #expect(input.documents.map(\.format) == [.plainText, .html, .plainText])
        #expect(input.documents.last?.declared.title == "Bridge shut")
        #expect(input.diagnostics.map(\.description) == [
            "error: \(folder.path)/broken.json: invalid JSON",
            "error: \(folder.path)/many.json: item 3: not an article: neither a \"text\" nor an \"html\" string field",
            "error: \(folder.path)/many.json: item 4: not an article: not a JSON object",
            "error: \(folder.path)/string.json: not an article: JSON that is neither an object nor an array of objects",
        ])
    }

    @Test func aMissingPathIsAnErrorThatNamesIt() {
        let collected = InputCollector().collect(["/no/such/place"])
        #expect(collected.files.isEmpty)
        #expect(collected.diagnostics.map(\.description) == ["error: /no/such/place: no such file or folder"])
    }

    @Test func theSameNameTwiceGetsADistinctId() throws {
        let one = try TestPaths.temporaryFolder(), two = try TestPaths.temporaryFolder()
        try write("first", to: one.appendingPathComponent("a.txt"))
        try write("second", to: two.appendingPathComponent("a.txt"))
        let names = InputCollector().collect([one.path, two.path]).files.map(\.name)
        #expect(names == ["a.txt", "a.txt~2"])
    }

    @Test func badFilesAreReportedAndTheRestIsStillRead() throws {
        let folder = try TestPaths.temporaryFolder()
        try write("A council in Tallinn voted to close the old bridge to trucks on Monday after engineers found cracks.",
                  to: folder.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: folder.appendingPathComponent("binary.txt"))
        try write("", to: folder.appendingPathComponent("empty.txt"))
        try write("{\"text\": \"A bridge closed in Tallinn after engineers found cracks in its piers.\"}\n{broken\n",
                  to: folder.appendingPathComponent("feed.jsonl"))
        let input = ArticleSource(paths: [folder.path]).documents()
        let result = Pipeline().run(input.documents)
        let problems = (input.diagnostics + result.diagnostics).filter { $0.severity == .error }
        #expect(problems.contains { $0.origin.hasSuffix("binary.txt") })
        #expect(problems.contains { $0.origin.hasSuffix("empty.txt") })
        #expect(problems.contains { $0.origin.hasSuffix("feed.jsonl") && $0.line == 2 })
        #expect(result.stories.flatMap(\.story.articles).count == 2)
    }

    @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
        let folder = try TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputCollector.maximumFileSize + 1))
        try handle.close()
        let input = ArticleSource(paths: [url.path]).documents()
        #expect(input.documents.isEmpty)
        #expect(input.diagnostics.first?.message.hasPrefix("too large") == true)
    }
}
