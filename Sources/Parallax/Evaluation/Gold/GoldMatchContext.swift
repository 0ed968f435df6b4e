import Foundation

extension GoldEvaluator {
    /// The pipeline's output indexed by article, with one check per kind of gold item.
    /// Each check returns nil when the item is found, else why it is missed.
    struct Context {
        let stories: [AlignedStory]
        let storyOfArticle: [ArticleID: Int]
        let articles: [ArticleID: AnalyzedArticle]

        init(result: PipelineResult) {
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
        }

        /// The span of a fragment in an article's extracted text.
        func locate(_ fragment: String, in name: String) -> TextSpan? {
            guard let article = articles[ArticleID(name)]?.article,
                  let range = article.text.range(of: fragment) else { return nil }
            return article.span(of: range)
        }

        func story(of name: String) -> AlignedStory? {
            storyOfArticle[ArticleID(name)].map { stories[$0] }
        }

        func sameStory(_ names: [String]) -> String? {
            let indices = Set(names.map { storyOfArticle[ArticleID($0)] })
            return indices.count == 1 && !indices.contains(nil) ? nil : "\(names.joined(separator: ", ")) are not in one story"
        }

        func copied(_ pair: [String]) -> String? {
            guard pair.count == 2, let aligned = story(of: pair[0]) else { return "\(pair) not analyzed" }
            let ids = Set(pair.map(ArticleID.init))
            let found = aligned.story.copies.contains { Set([$0.copy, $0.original]) == ids }
            return found ? nil : "\(pair.joined(separator: " ~ ")) not marked as copies"
        }

        func removed(_ fragment: String, from name: String) -> String? {
            guard let article = articles[ArticleID(name)]?.article else { return "\(name) not analyzed" }
            return article.text.contains(fragment) ? "\(name): boilerplate kept: \(fragment)" : nil
        }

        func kept(_ fragment: String, in name: String) -> String? {
            locate(fragment, in: name) == nil ? "\(name): text lost: \(fragment)" : nil
        }

        func entity(_ gold: GoldStory.Entity) -> String? {
            guard let aligned = story(of: gold.articles.first ?? "") else { return "\(gold.name): articles not analyzed" }
            let candidates = aligned.entities.filter { $0.aliases.contains(gold.name) || $0.name == gold.name }
            guard let entity = candidates.first else { return "\(gold.name): no entity" }
            let missingAliases = gold.aliases.filter { !entity.aliases.contains($0) }
            let missingArticles = gold.articles.filter { !entity.articles.contains(ArticleID($0)) }
            var problems: [String] = []
            if entity.kind.rawValue != gold.kind { problems.append("kind \(entity.kind.rawValue)") }
            if !missingAliases.isEmpty { problems.append("aliases not merged: \(missingAliases.joined(separator: ", "))") }
            if !missingArticles.isEmpty { problems.append("not found in \(missingArticles.joined(separator: ", "))") }
            return problems.isEmpty ? nil : "\(gold.name): \(problems.joined(separator: "; "))"
        }

        func quote(_ gold: GoldStory.Quote) -> String? {
            for name in gold.articles {
                guard let fragment = locate(gold.fragment, in: name), let aligned = story(of: name) else {
                    return "\(gold.speaker): \(gold.fragment): not in the text of \(name)"
                }
                let occurrences = aligned.quotes.flatMap(\.occurrences).filter { $0.span.overlaps(fragment) }
                guard !occurrences.isEmpty else { return "\(gold.speaker): \(gold.fragment): no quote in \(name)" }
                let speakers = occurrences.compactMap(\.speaker)
                guard speakers.contains(where: { names(aligned, $0, gold.speaker) }) else {
                    return "\(gold.speaker): \(gold.fragment): speaker \(speakers.first ?? "none") in \(name)"
                }
            }
            return nil
        }

        /// Whether two spellings name the same story entity (or are equal when neither is an entity).
        private func names(_ aligned: AlignedStory, _ a: String, _ b: String) -> Bool {
            if a == b { return true }
            return aligned.entities.contains { entity in
                let spellings = Set(entity.aliases + [entity.name])
                return spellings.contains(a) && spellings.contains(b)
            }
        }

        func corroborated(_ gold: GoldStory.CorroboratedFact) -> String? {
            guard let aligned = story(of: gold.evidence.first?.article ?? "") else { return "\(gold.fact): not analyzed" }
            let spans = gold.evidence.map { locate($0.fragment, in: $0.article) }
            if let lost = zip(gold.evidence, spans).first(where: { $0.1 == nil }) {
                return "\(gold.fact): not in the text of \(lost.0.article)"
            }
            let found = aligned.corroborated.contains { fact in
                spans.allSatisfy { span in fact.statements.contains { $0.span.overlaps(span!) } }
            }
            return found ? nil : "\(gold.fact): the sources' statements are not in one fact"
        }

        func unique(_ gold: GoldStory.Evidence) -> String? {
            guard let span = locate(gold.fragment, in: gold.article), let aligned = story(of: gold.article) else {
                return "\(gold.article): \(gold.fragment): not in the text"
            }
            let found = aligned.unique.contains { fact in fact.statements.contains { $0.span.overlaps(span) } }
            return found ? nil : "\(gold.article): \(gold.fragment): not listed as only in one source"
        }

        func date(_ gold: GoldStory.DateItem) -> String? {
            guard let span = locate(gold.fragment, in: gold.article), let analyzed = articles[ArticleID(gold.article)] else {
                return "\(gold.article): \(gold.fragment): not in the text"
            }
            let mentions = analyzed.dates.filter { $0.span.overlaps(span) }
            guard !mentions.isEmpty else { return "\(gold.article): \(gold.fragment): no date found" }
            let resolved = mentions.compactMap { $0.resolved?.description }
            return resolved.contains(gold.date)
                ? nil : "\(gold.article): \(gold.fragment): resolved to \(resolved.first ?? "nothing"), not \(gold.date)"
        }

        func number(_ gold: GoldStory.NumberItem) -> String? {
            guard let span = locate(gold.fragment, in: gold.article), let analyzed = articles[ArticleID(gold.article)] else {
                return "\(gold.article): \(gold.fragment): not in the text"
            }
            let mentions = analyzed.numbers.filter { $0.span.overlaps(span) }
            guard !mentions.isEmpty else { return "\(gold.article): \(gold.fragment): no number found" }
            let exact = mentions.contains { $0.value == gold.value && $0.unit == gold.unit }
            let first = mentions[0]
            return exact ? nil : "\(gold.article): \(gold.fragment): read as \(first.value) \(first.unit ?? "(no unit)")"
        }

        func conflict(_ gold: GoldStory.ConflictItem) -> String? {
            guard let aligned = story(of: gold.claims.first?.article ?? "") else { return "\(gold.about): not analyzed" }
            let spans = gold.claims.compactMap { locate($0.fragment, in: $0.article) }
            guard spans.count == gold.claims.count else { return "\(gold.about): a claim is not in the text" }
            let found = aligned.conflicts.contains { conflict in
                spans.allSatisfy { span in conflict.claims.contains { $0.statement.span.overlaps(span) } }
            }
            return found ? nil : "\(gold.about): no contradiction between these claims"
        }

        func wires(_ expected: [String], of name: String) -> String? {
            guard let article = articles[ArticleID(name)]?.article else { return "\(name) not analyzed" }
            let credited = article.wires.map(\.agency)
            return Set(credited) == Set(expected)
                ? nil : "\(name): credits \(credited.joined(separator: ", ")), expected \(expected.joined(separator: ", "))"
        }
    }
}
