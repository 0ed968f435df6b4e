/// Which facts each summary candidate takes part in: the sources behind it and the other sources' statements.
struct FactSupport: Sendable {
    /// For each candidate, the indices of the facts with a statement overlapping the candidate's span.
    private let factsOfCandidate: [[Int]]
    private let facts: [Fact]

    init(facts: [Fact], candidates: [SummaryCandidate]) {
        self.facts = facts
        var byArticle: [ArticleID: [(span: TextSpan, fact: Int)]] = [:]
        for (factIndex, fact) in facts.enumerated() {
            for statement in fact.statements { byArticle[statement.span.article, default: []].append((statement.span, factIndex)) }
        }
        // Found by position within each article, not by scanning all its statements for every candidate.
        let lookups = byArticle.mapValues { SpanLookup($0.map(\.span)) }
        factsOfCandidate = candidates.map { candidate in
            guard let statements = byArticle[candidate.span.article], let lookup = lookups[candidate.span.article] else { return [] }
            return lookup.overlapping(candidate.span).map { statements[$0].fact }
        }
    }

    /// The most sources behind any fact candidate `index` states (1 when it states none).
    func sourceCount(of index: Int) -> Int {
        factsOfCandidate[index].map { facts[$0].sourceCount }.max() ?? 1
    }

    /// The spans of other articles' statements in the facts candidate `index` states, strongest fact first.
    func statements(supporting index: Int, article: ArticleID) -> [TextSpan] {
        factsOfCandidate[index]
            .sorted { (facts[$0].sourceCount, $1) > (facts[$1].sourceCount, $0) }
            .flatMap { facts[$0].statements.map(\.span) }
            .filter { $0.article != article }
    }
}
