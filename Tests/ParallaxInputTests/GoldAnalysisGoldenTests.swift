import Foundation
import Parallax
import Testing

/// The whole analysis of each gold story against a checked-in dump (`Golden/analysis/<story>.txt`): every
/// change to the entity, quote, conflict, fact and date rules shows in review.
@Suite(.enabled(if: TestPaths.hasShared("gold"), "needs ../shared/gold"))
struct GoldAnalysisGoldenTests {
    @Test func everyGoldStoryMatchesItsDump() throws {
        let files = try GoldStoryCorpus.files()
        #expect(files.count >= 11)
        for file in files {
            let (gold, result) = try GoldStoryCorpus.run(file)
            try GoldenFile.check(AnalysisDump.text(result), against: "analysis/\(gold.story).txt")
        }
    }
}
