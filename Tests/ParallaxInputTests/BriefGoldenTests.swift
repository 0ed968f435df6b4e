import Foundation
import Parallax
import ParallaxInput
import Testing

/// The whole brief, as `parallax brief` prints it, against checked-in expected files.
@Suite struct BriefGoldenTests {
    /// Briefs of a folder, with each source's origin written relative to the package root, as `parallax brief`
    /// run there would print it: the golden files must not depend on where the checkout is.
    private func briefs(of path: String) -> [Brief] {
        let collected = InputCollector().collect([path])
        let files = collected.files.map { InputFile(url: $0.url, name: $0.name, kind: $0.kind, origin: relative($0.origin)) }
        return Pipeline().run(DocumentLoader().load(files).documents).briefs
    }

    private func relative(_ path: String) -> String {
        let root = TestPaths.packageRoot.path + "/"
        let parent = TestPaths.packageRoot.deletingLastPathComponent().path + "/"
        if path.hasPrefix(root) { return String(path.dropFirst(root.count)) }
        if path.hasPrefix(parent) { return "../" + path.dropFirst(parent.count) }
        return path
    }

    @Test func samplesMarkdown() throws {
        try GoldenFile.check(MarkdownRenderer().render(briefs(of: TestPaths.samples)), against: "samples.md")
    }

    @Test func samplesJSON() throws {
        try GoldenFile.check(JSONRenderer().render(briefs(of: TestPaths.samples)), against: "samples.json")
    }

    @Test(.enabled(if: TestPaths.hasShared("corpus/lavrov-beijing-2024"), "needs ../shared/corpus/lavrov-beijing-2024"))
    func seedStoryMarkdown() throws {
        let briefs = briefs(of: TestPaths.shared("corpus/lavrov-beijing-2024").path)
        try GoldenFile.check(MarkdownRenderer().render(briefs), against: "lavrov-beijing-2024.md")
    }

    @Test(.enabled(if: TestPaths.hasShared("corpus/lavrov-beijing-2024"), "needs ../shared/corpus/lavrov-beijing-2024"))
    func seedStoryJSON() throws {
        let briefs = briefs(of: TestPaths.shared("corpus/lavrov-beijing-2024").path)
        try GoldenFile.check(JSONRenderer().render(briefs), against: "lavrov-beijing-2024.json")
    }

    @Test func sameInputGivesByteIdenticalOutput() {
        let first = HTMLRenderer().render(briefs(of: TestPaths.samples))
        let second = HTMLRenderer().render(briefs(of: TestPaths.samples))
        #expect(first == second)
    }

    @Test func samplesMakeTwoStories() {
        let briefs = briefs(of: TestPaths.samples)
        #expect(briefs.count == 2)
        #expect(briefs.first.map { $0.sources.count } ?? 0 >= 7)
    }
}
