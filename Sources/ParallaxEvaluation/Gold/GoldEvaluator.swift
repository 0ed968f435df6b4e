import Foundation
import Parallax

/// Scores a pipeline run against a gold story with the rules of `../shared/gold/README.md`.
///
/// Conflicts, entities, quotes, facts and dates get the README's figures; the other sections (same story,
/// copies, boilerplate, kept text, unique facts, numbers, wires) are counted as found or missed.
package struct GoldEvaluator: Sendable {
    package init() {}

    package func evaluate(_ gold: GoldStory, result: PipelineResult) -> GoldScore {
        let context = Context(result: result, gold: gold)
        var score = GoldScore()
        context.scoreConflicts(gold.conflicts, into: &score)
        context.scoreEntities(gold.entities, into: &score)
        for quote in gold.quotes {
            for article in quote.articles { context.scoreQuote(quote, in: article, into: &score) }
        }
        context.scoreFacts(gold, into: &score)
        for date in gold.dates { context.scoreDate(date, into: &score) }
        score.check("same_story", found: context.sameStory(gold.sameStory), "\(gold.sameStory.joined(separator: ", ")) are not in one story")
        for pair in gold.nearDuplicatePairs {
            score.check("near_duplicate_pairs", found: context.copied(pair), "\(pair.joined(separator: " ~ ")) not marked as copies")
        }
        for item in evidence(gold.boilerplate) {
            score.check("boilerplate", found: !context.text(of: item.article).contains(item.fragment),
                        "\(item.article): boilerplate kept: \(item.fragment)")
        }
        for item in evidence(gold.mustKeep) {
            score.check("must_keep", found: context.locate(item.fragment, in: item.article) != nil,
                        "\(item.article): text lost: \(item.fragment)")
        }
        for item in gold.uniqueFacts {
            score.check("unique_facts", found: context.isUnique(item), "\(item.article): \(item.fragment): not listed as only in one source")
        }
        for item in gold.numbers {
            let reading = context.number(item)
            score.check("numbers", found: reading == nil, "\(item.article): \(item.fragment): \(reading ?? "")")
        }
        for (article, expected) in gold.wires.sorted(by: { $0.key < $1.key }) {
            let credited = context.wires(of: article)
            score.check("wires", found: Set(credited) == Set(expected),
                        "\(article): credits \(credited.joined(separator: ", ")), expected \(expected.joined(separator: ", "))")
        }
        return score
    }

    private func evidence(_ map: [String: [String]]) -> [GoldStory.Evidence] {
        map.keys.sorted().flatMap { article in map[article, default: []].map { GoldStory.Evidence(article: article, fragment: $0) } }
    }
}
