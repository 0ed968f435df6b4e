import Foundation
import Parallax
import ParallaxInput
import Testing

/// `parallax eval gold` as a test: every item of the seed story's gold analysis must be found.
@Suite struct GoldEvaluationTests {
    @Test(.enabled(if: TestPaths.hasShared("gold/lavrov-beijing-2024.json"), "needs ../shared/gold"))
    func everyGoldItemOfTheSeedStoryIsFound() throws {
        let goldURL = TestPaths.shared("gold/lavrov-beijing-2024.json")
        let gold = try JSONDecoder().decode(GoldStory.self, from: Data(contentsOf: goldURL))
        let corpus = goldURL.deletingLastPathComponent().appendingPathComponent(gold.corpus).standardizedFileURL
        let input = ArticleSource(paths: [corpus.path]).documents()
        #expect(input.diagnostics.isEmpty)
        let report = GoldEvaluator().evaluate(gold, result: Pipeline().run(input.documents))
        #expect(report.allFound, "\(report.text)")
        #expect(report.sections.count == 12)
    }

    @Test func aMissedItemIsReportedWithItsReason() throws {
        let text = "Mayor Anna Berg opened the new bridge in Tallinn on Monday, the city said."
        let raw = RawDocument(id: ArticleID("a.txt"), origin: "a.txt", bytes: Array(text.utf8), format: .plainText)
        let json = """
            {"story": "t", "corpus": ".", "same_story": ["a.txt"], "near_duplicate_pairs": [], "boilerplate": {},
             "must_keep": {"a.txt": ["opened the new bridge", "a sentence that is not there"]}, "entities": [],
             "quotes": [], "corroborated_facts": [], "unique_facts": [], "dates": [], "numbers": [],
             "conflicts": [], "wires": {}}
            """
        let gold = try JSONDecoder().decode(GoldStory.self, from: Data(json.utf8))
        let report = GoldEvaluator().evaluate(gold, result: Pipeline().run([raw]))
        #expect(!report.allFound)
        let keep = try #require(report.sections.first { $0.name == "must_keep" })
        #expect(keep.found == 1)
        #expect(keep.missed == ["a.txt: text lost: a sentence that is not there"])
    }
}
