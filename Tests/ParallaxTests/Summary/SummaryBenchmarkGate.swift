import Foundation
import Parallax
import ParallaxEvaluation
import Testing

/// Fails when the summary's ROUGE-1 F on the MultiLing 2011 English topics drops below 0.47 (best published system: 0.461).
@Suite("SummaryBenchmarkGate", .enabled(if: SharedData.isOptimizedBuild, "benchmark gates run in release builds"))
struct SummaryBenchmarkGate {
    @Test(.enabled(if: RougeBench.isAvailable, "needs ../shared/bench/summarization/multiling2011-en (or $PARALLAX_SHARED)"))
    func multiLingRouge1AtLeast047() throws {
        let root = try #require(RougeBench.root)
        let sources = root.appendingPathComponent("SourceTexts")
        let models = root.appendingPathComponent("ModelSummaries")
        let sourceNames = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".english") }.sorted()
        let modelNames = try FileManager.default.contentsOfDirectory(atPath: models.path).sorted()
        let topics = try (0..<10).map { topic in
            let name = "M00\(topic)"
            let articles = try sourceNames.filter { $0.hasPrefix(name) }.map {
                MultiLingSource.article(id: String($0.prefix(5)), text: try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
            }
            let references = try modelNames.filter { $0.hasPrefix(name + ".") }.map {
                try String(contentsOf: models.appendingPathComponent($0), encoding: .utf8)
            }
            return SummaryEvaluationTopic(name: name, articles: articles, references: references)
        }
        #expect(topics.allSatisfy { $0.articles.count == 10 && $0.references.count == 3 })
        let results = SummaryEvaluation().run(topics)
        let mean = RougeScores.mean(results.map(\.scores))
        #expect(mean.rouge1.f >= 0.47, "ROUGE-1 F \(mean.rouge1.f)")
        #expect(mean.rouge2.f >= 0.17, "ROUGE-2 F \(mean.rouge2.f)")
        for result in results {
            #expect(result.summary.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } <= 250)
        }
    }
}
