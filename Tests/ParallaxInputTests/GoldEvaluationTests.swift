import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxInput
import Testing

/// The gold scoring rules of `../shared/gold/README.md`, on small stories whose right answers are plain.
@Suite struct GoldEvaluationTests {
    private func score(_ texts: [String: String], gold json: String) throws -> GoldScore {
        let documents = texts.keys.sorted().map { name in
            RawDocument(id: ArticleID(name), origin: name, bytes: Array(texts[name]!.utf8), format: .plainText)
        }
        let gold = try JSONDecoder().decode(GoldStory.self, from: Data(json.utf8))
        return GoldEvaluator().evaluate(gold, result: Pipeline().run(documents))
    }

    @Test func sectionsAGoldFileLeavesOutAreEmpty() throws {
        let gold = try JSONDecoder().decode(GoldStory.self, from: Data(#"{"story": "s", "corpus": "."}"#.utf8))
        #expect(gold.entities.isEmpty && gold.distinctFacts.isEmpty && gold.wires.isEmpty && gold.mustKeep.isEmpty)
    }

    @Test func aMissedItemIsReportedWithItsReason() throws {
        let text = "Mayor Anna Berg opened the new bridge in Tallinn on Monday, the city said."
        let result = try score(["a.txt": text], gold: """
            {"story": "t", "corpus": ".", "same_story": ["a.txt"],
             "must_keep": {"a.txt": ["opened the new bridge", "a sentence that is not there"]}}
            """)
        #expect(result.checks["must_keep"]?.found == 1 && result.checks["must_keep"]?.total == 2)
        #expect(result.misses.map(\.section) == ["must_keep"])
        #expect(result.misses.map(\.text) == ["a.txt: text lost: a sentence that is not there"])
    }

    @Test func entitiesAreScoredByFoldedAliases() throws {
        let texts = [
            "a.txt": "Mayor Anna Berg opened the new bridge in Tallinn on Monday. Berg said the bridge cost 3 million euros.",
            "b.txt": "Tallinn's mayor, Anna Berg, opened a bridge on Monday. Ms. Berg praised the builders from Tartu.",
        ]
        let result = try score(texts, gold: """
            {"story": "t", "corpus": ".", "same_story": ["a.txt", "b.txt"], "entities": [
              {"name": "Anna Berg", "kind": "person", "aliases": ["Anna Berg", "BERG"], "articles": ["a.txt", "b.txt"]},
              {"name": "Tallinn", "kind": "organization", "aliases": ["Tallinn"], "articles": ["a.txt", "b.txt"]},
              {"name": "Narva", "kind": "place", "aliases": ["Narva"], "articles": ["a.txt", "b.txt"]}]}
            """)
        #expect(result.entitiesScored == 2)
        #expect(result.entitiesJunk == 0 && result.entitiesWrongMerges == 0 && result.goldEntitiesSplit == 0)
        #expect(result.goldEntities == 3 && result.goldEntitiesFound == 2)
        #expect(result.kindsCompared == 2 && result.kindsRight == 1)
        #expect(result.misses.map(\.text).contains("not found: Narva"))
    }

    @Test func quoteSpeakersAreRightWrongOrMissing() throws {
        let texts = [
            "a.txt": "“We will open the bridge soon,” Mayor Anna Berg said on Monday. Critics were unconvinced.",
        ]
        let result = try score(texts, gold: """
            {"story": "t", "corpus": ".", "same_story": ["a.txt"], "quotes": [
              {"speaker": "Anna Berg", "fragment": "open the bridge", "articles": ["a.txt"]},
              {"speaker": "Jaan Tamm", "fragment": "bridge soon", "articles": ["a.txt"]},
              {"speaker": "Anna Berg", "fragment": "Critics were", "articles": ["a.txt"]}]}
            """)
        #expect(result.quotesRight == 1 && result.quotesWrong == 1 && result.quotesMissing == 1)
    }

    @Test func basilSpeakerNamesMatchByTheirWords() {
        #expect(QuoteSpeakerEvaluator.sameName("Trump", "Donald Trump"))
        #expect(QuoteSpeakerEvaluator.sameName("Felipe Calderón", "Felipe Calder"))
        #expect(!QuoteSpeakerEvaluator.sameName("Ivanka Trump", "Donald Trump"))
        #expect(!QuoteSpeakerEvaluator.sameName("Al Gore", "Al Franken"))
    }

    @Test func scoresAddUp() {
        var a = GoldScore()
        a.conflictsReported = 2
        a.conflictsTrue = 1
        var b = GoldScore()
        b.conflictsReported = 1
        b.conflictsTrue = 1
        let sum = a + b
        #expect(sum.conflictPrecision == 2.0 / 3.0)
    }
}
