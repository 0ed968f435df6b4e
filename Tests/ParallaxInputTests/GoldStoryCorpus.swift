import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxInput

/// The gold files under `../shared/gold` and the pipeline's run on each one's articles.
enum GoldStoryCorpus {
    /// Every gold file, in sorted order.
    static func files() throws -> [URL] {
        let root = TestPaths.shared("gold")
        let names = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return names.map { root.appendingPathComponent($0) }
    }

    /// The gold story of a file and the pipeline's result on its corpus.
    static func run(_ file: URL) throws -> (gold: GoldStory, result: PipelineResult) {
        let gold = try JSONDecoder().decode(GoldStory.self, from: Data(contentsOf: file))
        let corpus = file.deletingLastPathComponent().appendingPathComponent(gold.corpus).standardizedFileURL
        return (gold, Pipeline().run(ArticleSource(paths: [corpus.path]).documents().documents))
    }
}
