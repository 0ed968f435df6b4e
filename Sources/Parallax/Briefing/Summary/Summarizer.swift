/// The brief's consolidated summary: whole sentences picked from all of a story's articles, each with every source that says it.
///
/// Selection is greedy budgeted concept coverage (Gillick and Favre's concepts, Lin and Bilmes' greedy with a
/// length-scaled gain): a concept is a content-word stem or a stem bigram, weighted by how many articles mention
/// it, so what many sources report counts most. A sentence's gain is the weight of the concepts it adds that
/// the summary does not cover yet (so repeating covered content gains nothing), boosted by its position in its
/// article and by the sources behind it in `facts`. A sentence too similar to a chosen one is never taken.
/// The chosen sentences are printed by date, then article, then position.
package struct Summarizer: Sendable {
    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// The summary of `story` within `budget`, each sentence citing its own span first.
    package func summarize(_ story: Story, facts: [Fact], budget: SummaryBudget) -> [SummarySentence] {
        let index = SummaryIndex(story: story, configuration: configuration)
        let support = FactSupport(facts: facts, candidates: index.candidates)
        let chosen = select(from: index, support: support, budget: budget)
        let ordered = chosen.sorted { lhs, rhs in
            let a = index.candidates[lhs]
            let b = index.candidates[rhs]
            return (index.articleOrder[a.article], a.position) < (index.articleOrder[b.article], b.position)
        }
        return ordered.map { chosenIndex in
            SummarySentence(
                text: index.candidates[chosenIndex].text,
                citations: citations(of: chosenIndex, in: index, support: support)
            )
        }
    }

    /// Greedy selection: the best gain per word among sentences that still fit and say something new.
    private func select(from index: SummaryIndex, support: FactSupport, budget: SummaryBudget) -> [Int] {
        let candidates = index.candidates
        var covered = [Bool](repeating: false, count: index.conceptWeights.count)
        var chosen: [Int] = []
        var usedWords = 0
        var open = candidates.indices.filter { candidates[$0].isReadable }
        let prior = open.map { priorWeight(of: $0, in: index, support: support) }
        var priorByCandidate = [Double](repeating: 1, count: candidates.count)
        for (offset, candidate) in open.enumerated() { priorByCandidate[candidate] = prior[offset] }
        while !open.isEmpty {
            var best: (candidate: Int, score: Double)?
            var stillOpen: [Int] = []
            stillOpen.reserveCapacity(open.count)
            for candidate in open {
                let sentence = candidates[candidate]
                switch budget {
                case .words(let limit) where usedWords + sentence.wordCount > limit: continue
                case .sentences(let limit) where chosen.count >= limit: continue
                default: break
                }
                var gain = 0.0
                for concept in sentence.concepts where !covered[concept] { gain += index.conceptWeights[concept] }
                guard gain > 0 else { continue }
                stillOpen.append(candidate)
                let score = gain * priorByCandidate[candidate] / Double(sentence.wordCount).squareRoot()
                if best == nil || score > best!.score { best = (candidate, score) }
            }
            guard let pick = best?.candidate else { break }
            chosen.append(pick)
            usedWords += candidates[pick].wordCount
            for concept in candidates[pick].concepts { covered[concept] = true }
            let picked = candidates[pick]
            open = stillOpen.filter { $0 != pick && candidates[$0].similarity(to: picked) < configuration.maxSimilarity }
        }
        return chosen
    }

    /// How much more than its concepts a sentence is worth: early in its article, and backed by many sources.
    private func priorWeight(of candidateIndex: Int, in index: SummaryIndex, support: FactSupport) -> Double {
        let candidate = index.candidates[candidateIndex]
        let position = 1 + configuration.positionWeight / Double(1 + candidate.position)
        let sources = support.sourceCount(of: candidateIndex)
        let agreement = 1 + configuration.agreementWeight * Double(max(0, sources - 1)) / Double(max(1, index.articleOrder.count - 1))
        return position * agreement
    }

    /// The sentence's own span, then one statement from each other article that says the same.
    private func citations(of chosen: Int, in index: SummaryIndex, support: FactSupport) -> [TextSpan] {
        let sentence = index.candidates[chosen]
        var spans = [sentence.span]
        var cited: Set<Int> = [sentence.article]
        for statement in support.statements(supporting: chosen, article: sentence.span.article) {
            guard let article = index.articleIndex[statement.article], !cited.contains(article) else { continue }
            cited.insert(article)
            spans.append(statement)
        }
        // Sentences of other articles close enough to be the same statement, the closest per article.
        var closest: [Int: (candidate: Int, similarity: Double)] = [:]
        for (offset, other) in index.candidates.enumerated() where !cited.contains(other.article) {
            let similarity = sentence.similarity(to: other)
            guard similarity >= configuration.citationSimilarity else { continue }
            if let current = closest[other.article], current.similarity >= similarity { continue }
            closest[other.article] = (offset, similarity)
        }
        for article in closest.keys.sorted(by: { index.articleOrder[$0] < index.articleOrder[$1] }) {
            spans.append(index.candidates[closest[article]!.candidate].span)
        }
        return spans
    }
}
