import Foundation
import Parallax
import ParallaxInput
import Testing

/// The whole brief, as `parallax brief` prints it, against checked-in expected files.
@Suite struct BriefGoldenTests {
    private func briefs(of path: String) -> [Brief] {
        let input = ArticleSource(paths: [path]).documents()
        return Pipeline().run(input.documents).briefs
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
