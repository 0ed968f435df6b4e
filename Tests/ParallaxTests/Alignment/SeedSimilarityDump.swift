import Foundation
import Testing
@testable import Parallax

/// Prints similarities between chosen seed statements when ALIGN_DUMP is set, for tuning by eye.
@Suite("Seed similarity dump")
struct SeedSimilarityDump {
    @Test(.enabled(if: SeedStory.available && ProcessInfo.processInfo.environment["ALIGN_DUMP"] != nil, "set ALIGN_DUMP"))
    func dump() {
        let input = AlignmentInput(SeedStory.aligned.story, configuration: .default)
        let probes = (ProcessInfo.processInfo.environment["ALIGN_PROBES"] ?? "").split(separator: "|").map(String.init)
        let picked = probes.compactMap { probe in input.units.indices.first { input.units[$0].statement.text.contains(probe) } }
        for a in picked {
            for b in picked where b > a {
                let (x, y) = (input.features[a], input.features[b])
                let shared = x.terms.intersection(y.terms).sorted()
                print(String(format: "%.3f fact %.3f frame", input.similarity.factSimilarity(x, y), input.similarity.similarity(x, y, ignoring: ["d", "n"])),
                      input.units[a].statement.text.prefix(50), "<>", input.units[b].statement.text.prefix(50))
                print("   shared", shared.map { "\($0)=\(String(format: "%.1f", input.similarity.idf[$0] ?? 0))" })
            }
        }
    }
}

extension SeedSimilarityDump {
    @Test(.enabled(if: SeedStory.available && ProcessInfo.processInfo.environment["ALIGN_DUMP"] != nil, "set ALIGN_DUMP"))
    func numbers() {
        for article in SeedStory.aligned.story.articles {
            for number in article.numbers { print("NUM [\(article.id.rawValue.prefix(3))] \(number.text) \(number.value) \(number.unit ?? "-")") }
        }
    }
}

extension SeedSimilarityDump {
    @Test(.enabled(if: SeedStory.available && ProcessInfo.processInfo.environment["ALIGN_DUMP"] != nil, "set ALIGN_DUMP"))
    func timing() {
        let base = SeedStory.aligned.story.articles
        var articles: [AnalyzedArticle] = []
        for copy in 0..<8 {
            for article in base {
                let text = article.article.text
                articles.append(ArticleAnalyzer().analyze(Article(
                    id: ArticleID("\(copy)-\(article.id.rawValue)"), origin: "", text: text, metadata: article.article.metadata)))
            }
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = StoryAligner().align(Story(id: StoryID("big"), articles: articles, copies: [])) }
        print("TIMING 40 articles: \(elapsed)")
    }
}
