import Foundation
import Parallax

extension GoldEvaluator {
    /// The pipeline's output indexed by article, with the scoring rule of each gold section.
    struct Context {
        let stories: [AlignedStory]
        /// The story that holds most of the gold story's articles.
        let story: AlignedStory?
        let storyOfArticle: [ArticleID: Int]
        let articles: [ArticleID: AnalyzedArticle]
        /// Every quote occurrence of the run.
        let occurrences: [Quote]
        /// Each gold entity's spellings, folded.
        let goldEntities: [(entity: GoldStory.Entity, keys: Set<String>)]

        init(result: PipelineResult, gold: GoldStory) {
            stories = result.stories
            var storyOfArticle: [ArticleID: Int] = [:]
            var articles: [ArticleID: AnalyzedArticle] = [:]
            for (index, aligned) in result.stories.enumerated() {
                for analyzed in aligned.story.articles {
                    storyOfArticle[analyzed.id] = index
                    articles[analyzed.id] = analyzed
                }
            }
            self.storyOfArticle = storyOfArticle
            self.articles = articles
            occurrences = result.stories.flatMap(\.quotes).flatMap(\.occurrences)
            var votes: [Int: Int] = [:]
            for name in gold.sameStory { if let index = storyOfArticle[ArticleID(name)] { votes[index, default: 0] += 1 } }
            let best = votes.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
            story = best.map { result.stories[$0] }
            goldEntities = gold.entities.filter { Set($0.articles).count >= 2 }
                .map { ($0, Set(([$0.name] + $0.aliases).map(GoldEvaluator.fold))) }
        }

        func text(of name: String) -> String { articles[ArticleID(name)]?.article.text ?? "" }

        /// The span of a fragment in an article's extracted text.
        func locate(_ fragment: String, in name: String) -> TextSpan? {
            guard let article = articles[ArticleID(name)]?.article,
                  let range = article.text.range(of: fragment) else { return nil }
            return article.span(of: range)
        }

        /// The README's "lands on": a statement span that covers the fragment or lies inside it.
        private func lands(_ statement: TextSpan, on fragment: TextSpan) -> Bool {
            statement.contains(fragment) || fragment.contains(statement)
        }

        func scoreConflicts(_ gold: [GoldStory.ConflictItem], into score: inout GoldScore) {
            let goldSpans = gold.map { $0.claims.map { locate($0.fragment, in: $0.article) } }
            var found = Set<Int>()
            for conflict in stories.flatMap(\.conflicts) {
                score.conflictsReported += 1
                let matched = goldSpans.indices.first { index in
                    matches(conflict, goldSpans[index])
                }
                if let matched {
                    score.conflictsTrue += 1
                    found.insert(matched)
                } else {
                    let values = conflict.claims.map { "\($0.value) (\($0.statement.span.article))" }
                    score.miss("conflicts", "false: \(conflict.slot.rawValue) \(conflict.about): \(values.joined(separator: " / "))")
                }
            }
            score.goldConflicts += gold.count
            score.goldConflictsFound += found.count
            for (index, item) in gold.enumerated() where !found.contains(index) {
                score.miss("conflicts", "missed: \(item.about)")
            }
        }

        /// Two claims of the conflict, with different values, land on two different claims of the gold conflict.
        private func matches(_ conflict: Conflict, _ goldClaims: [TextSpan?]) -> Bool {
            let landing = conflict.claims.map { claim in
                Set(goldClaims.indices.filter { goldClaims[$0].map { lands(claim.statement.span, on: $0) } ?? false })
            }
            for a in conflict.claims.indices {
                for b in conflict.claims.indices where b > a && conflict.claims[a].value != conflict.claims[b].value {
                    if landing[a].contains(where: { i in landing[b].contains { $0 != i } }) { return true }
                }
            }
            return false
        }

        func scoreEntities(_ gold: [GoldStory.Entity], into score: inout GoldScore) {
            var matchedBy = [Int](repeating: 0, count: goldEntities.count)
            for entity in story?.entities ?? [] where entity.articles.count >= 2 {
                score.entitiesScored += 1
                let keys = Set(([entity.name] + entity.aliases).map(GoldEvaluator.fold))
                let matches = goldEntities.indices.filter { !goldEntities[$0].keys.isDisjoint(with: keys) }
                for index in matches { matchedBy[index] += 1 }
                let described = "\(entity.name) (\(entity.kind.rawValue); \(entity.aliases.joined(separator: ", ")))"
                switch matches.count {
                case 0:
                    score.entitiesJunk += 1
                    score.miss("entities", "junk: \(described)")
                case 1:
                    score.kindsCompared += 1
                    let expected = goldEntities[matches[0]].entity.kind
                    if entity.kind.rawValue == expected { score.kindsRight += 1 } else {
                        score.miss("entities", "kind: \(described) is a \(expected)")
                    }
                default:
                    score.entitiesWrongMerges += 1
                    let names = matches.map { goldEntities[$0].entity.name }
                    score.miss("entities", "wrong merge: \(described) joins \(names.joined(separator: " + "))")
                }
            }
            score.goldEntities += goldEntities.count
            for (index, count) in matchedBy.enumerated() {
                let name = goldEntities[index].entity.name
                if count == 0 { score.miss("entities", "not found: \(name)") } else { score.goldEntitiesFound += 1 }
                if count > 1 {
                    score.goldEntitiesSplit += 1
                    score.miss("entities", "split: \(name) in \(count) entities")
                }
            }
        }

        func scoreQuote(_ gold: GoldStory.Quote, in name: String, into score: inout GoldScore) {
            let label = "\(name): \(gold.speaker): \(gold.fragment)"
            guard let fragment = locate(gold.fragment, in: name) else {
                score.quotesMissing += 1
                return score.miss("quotes", "\(label): not in the text")
            }
            let holding = occurrences.filter { $0.span.contains(fragment) }
            let speakers = holding.compactMap(\.speaker)
            let accepted = speakerKeys(gold.speaker)
            if speakers.contains(where: { accepted.contains(GoldEvaluator.fold($0)) }) {
                score.quotesRight += 1
            } else if let speaker = speakers.first {
                score.quotesWrong += 1
                score.miss("quotes", "\(label): wrong speaker \(speaker)")
            } else {
                score.quotesMissing += 1
                score.miss("quotes", "\(label): \(holding.isEmpty ? "no quote" : "no speaker")")
            }
        }

        /// The gold speaker's spellings: its gold entity's aliases, or its own name.
        private func speakerKeys(_ speaker: String) -> Set<String> {
            let key = GoldEvaluator.fold(speaker)
            return goldEntities.first { $0.keys.contains(key) }?.keys ?? [key]
        }

        func scoreFacts(_ gold: GoldStory, into score: inout GoldScore) {
            let facts = stories.flatMap { $0.corroborated + $0.unique }
            // Statements and similarities as alignment saw them (default settings, as `eval` runs), made at the
            // first miss.
            var missInput: AlignmentInput?
            func holding(_ evidence: [GoldStory.Evidence]) -> Bool? {
                let spans = evidence.map { locate($0.fragment, in: $0.article) }
                if spans.contains(where: { $0 == nil }) { return nil }
                return facts.contains { fact in
                    spans.allSatisfy { span in fact.statements.contains { lands($0.span, on: span!) } }
                }
            }
            for fact in gold.corroboratedFacts {
                score.corroboratedFacts += 1
                switch holding(fact.evidence) {
                case true?: score.corroboratedFound += 1
                case false?:
                    if missInput == nil, let story { missInput = AlignmentInput(story.story, configuration: .default) }
                    score.miss("facts", "not in one fact: \(fact.fact)\(whyApart(fact.evidence, input: missInput))")
                case nil: score.miss("facts", "not in the text: \(fact.fact)")
                }
            }
            for pair in gold.distinctFacts {
                score.distinctPairs += 1
                if holding(pair.evidence) == true {
                    score.distinctMerged += 1
                    score.miss("facts", "merged distinct facts: \(pair.why)")
                }
            }
        }

        /// Why fragments stayed apart: for each pair, the best fact similarity between statements they land on
        /// (facts group at `StoryAligner.Configuration.factThreshold`), or the fragment that lands on no statement
        /// that can stand in a fact.
        private func whyApart(_ evidence: [GoldStory.Evidence], input: AlignmentInput?) -> String {
            guard let input else { return "" }
            let landing = evidence.map { item -> [Int] in
                guard let span = locate(item.fragment, in: item.article) else { return [] }
                return input.units.indices.filter { input.units[$0].isAlignable && lands(input.units[$0].statement.span, on: span) }
            }
            var parts: [String] = []
            for (a, units) in landing.enumerated() where units.isEmpty { parts.append("\(evidence[a].article) lands on no alignable statement of the story") }
            for a in landing.indices {
                for b in landing.indices where b > a && !landing[a].isEmpty && !landing[b].isEmpty {
                    let best = landing[a].flatMap { x in landing[b].map { input.similarity.factSimilarity(input.features[x], input.features[$0]) } }.max() ?? 0
                    parts.append("\(evidence[a].article) ~ \(evidence[b].article): similarity \(String(format: "%.2f", best))")
                }
            }
            return " [" + parts.joined(separator: "; ") + "]"
        }

        func scoreDate(_ gold: GoldStory.DateItem, into score: inout GoldScore) {
            score.dates += 1
            let label = "\(gold.article): \(gold.fragment)"
            guard let span = locate(gold.fragment, in: gold.article), let analyzed = articles[ArticleID(gold.article)] else {
                return score.miss("dates", "\(label): not in the text")
            }
            let resolved = analyzed.dates.filter { span.contains($0.span) }.map { $0.resolved?.description ?? "unresolved" }
            if resolved.contains(gold.date) {
                score.datesRight += 1
            } else {
                score.miss("dates", "\(label): \(resolved.isEmpty ? "no date found" : resolved.joined(separator: ", ")), not \(gold.date)")
            }
        }

        func sameStory(_ names: [String]) -> Bool {
            let indices = Set(names.map { storyOfArticle[ArticleID($0)] })
            return indices.count == 1 && !indices.contains(nil)
        }

        func copied(_ pair: [String]) -> Bool {
            guard pair.count == 2, let index = storyOfArticle[ArticleID(pair[0])] else { return false }
            let ids = Set(pair.map(ArticleID.init))
            return stories[index].story.copies.contains { Set([$0.copy, $0.original]) == ids }
        }

        func isUnique(_ gold: GoldStory.Evidence) -> Bool {
            guard let span = locate(gold.fragment, in: gold.article), let index = storyOfArticle[span.article] else { return false }
            return stories[index].unique.contains { fact in fact.statements.contains { $0.span.overlaps(span) } }
        }

        /// Nil when the number is read right, else how it was read.
        func number(_ gold: GoldStory.NumberItem) -> String? {
            guard let span = locate(gold.fragment, in: gold.article), let analyzed = articles[ArticleID(gold.article)] else {
                return "not in the text"
            }
            let mentions = analyzed.numbers.filter { $0.span.overlaps(span) }
            guard let first = mentions.first else { return "no number found" }
            if mentions.contains(where: { $0.value == gold.value && $0.unit == gold.unit }) { return nil }
            return "read as \(first.value) \(first.unit ?? "(no unit)")"
        }

        func wires(of name: String) -> [String] {
            articles[ArticleID(name)]?.article.wires.map(\.agency) ?? []
        }
    }

    /// Names compared as the README says: case and punctuation folded, spaces collapsed.
    static func fold(_ name: String) -> String {
        let kept = name.lowercased().unicodeScalars.map { scalar -> Character in
            CharacterSet.punctuationCharacters.contains(scalar) || CharacterSet.whitespacesAndNewlines.contains(scalar)
                ? " " : Character(scalar)
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}
