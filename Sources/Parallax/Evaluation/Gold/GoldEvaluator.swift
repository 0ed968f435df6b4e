import Foundation

/// Compares a pipeline run with a gold story, section by section, matching gold fragments to output spans.
///
/// A gold item is found when the output holds it in the same form a reader would need: all aliases in one
/// entity, a quote with the right speaker in each listed article, the evidence of a fact in one fact, and so on.
public struct GoldEvaluator: Sendable {
    public init() {}

    public func evaluate(_ gold: GoldStory, result: PipelineResult) -> GoldReport {
        let context = Context(result: result)
        return GoldReport(sections: [
            section("same_story", [gold.sameStory]) { context.sameStory($0) },
            section("near_duplicate_pairs", gold.nearDuplicatePairs) { context.copied($0) },
            section("boilerplate", pairs(gold.boilerplate)) { context.removed($0.fragment, from: $0.article) },
            section("must_keep", pairs(gold.mustKeep)) { context.kept($0.fragment, in: $0.article) },
            section("entities", gold.entities) { context.entity($0) },
            section("quotes", gold.quotes) { context.quote($0) },
            section("corroborated_facts", gold.corroboratedFacts) { context.corroborated($0) },
            section("unique_facts", gold.uniqueFacts) { context.unique($0) },
            section("dates", gold.dates) { context.date($0) },
            section("numbers", gold.numbers) { context.number($0) },
            section("conflicts", gold.conflicts) { context.conflict($0) },
            section("wires", gold.wires.sorted { $0.key < $1.key }) { context.wires($0.value, of: $0.key) },
        ])
    }

    /// Checks every item; a non-nil answer from `check` is the reason the item was missed.
    private func section<Item>(_ name: String, _ items: [Item], _ check: (Item) -> String?) -> GoldReport.Section {
        GoldReport.Section(name: name, total: items.count, missed: items.compactMap(check))
    }

    private func pairs(_ map: [String: [String]]) -> [GoldStory.Evidence] {
        map.keys.sorted().flatMap { article in map[article, default: []].map { GoldStory.Evidence(article: article, fragment: $0) } }
    }
}
