import Foundation
import Parallax
import ParallaxInput
import ParallaxStore
import Testing

@Suite("Stored stories brief like files")
struct StoreBriefTests {
    private static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples").path

    @Test("a story briefed from the store gives the same brief as `parallax brief` on the files",
          .enabled(if: FileManager.default.fileExists(atPath: samples), "needs Samples/"))
    func sameBriefAsFiles() throws {
        let documents = ArticleSource(paths: [Self.samples]).documents().documents
        let configuration = PipelineConfiguration.default
        let direct = Pipeline(configuration: configuration).run(documents).briefs

        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        var ingester = try StoreIngester(store: try temporary.open(), configuration: configuration.clustering)
        let extractor = ArticleExtractor(configuration: configuration.extraction)
        let articles = documents.map { extractor.extract($0) }.filter { !$0.text.isEmpty }
        try TemporaryStore.ingest(articles, into: &ingester)

        let store = try temporary.open()
        let summaries = try store.stories()
        #expect(summaries.count == direct.count)
        let aligner = StoryAligner(configuration: configuration.alignment)
        let builder = BriefBuilder(configuration: configuration.briefing)
        let stored = try summaries.map { summary in
            builder.brief(aligner.align(try #require(try store.story(summary.id))))
        }
        // Story ids are named differently (first ingested article vs smallest id), so compare without them.
        func rendered(_ brief: Brief) -> String {
            JSONRenderer().render([brief]).replacingOccurrences(of: brief.story.rawValue, with: "STORY")
        }
        #expect(Set(stored.map(rendered)) == Set(direct.map(rendered)))
    }
}
