import Foundation

/// Picks a story's headline: among the source titles that share the most words with the other titles and the
/// summary (at least `representativeShare` of the best such score), so they name what most sources are about, the
/// latest one, so a story told over days is headed by its latest state; when no source has a title, the main
/// clause of the first summary sentence that is not a quotation.
struct HeadlineChooser {
    /// The share of the best title's score another title needs to count as representative too.
    static let representativeShare = 0.75

    func headline(for story: Story, summary: [SummarySentence]) -> String {
        let titled = story.articles.filter { !($0.article.metadata.title ?? "").isEmpty }
        guard !titled.isEmpty else {
            let sentences = summary.map(\.text) + story.articles.prefix(1).map { firstLine(of: $0.article.text) }
            let lead = sentences.first { !Self.opensWithQuote($0) } ?? sentences.first ?? ""
            return Self.mainClause(of: lead)
        }
        return representativeTitle(of: titled, context: summary.map(\.text)).title
    }

    /// The representative title among some articles (the latest of those scoring near the best), or the main
    /// clause of the first article's first line when none has a title; with the article it comes from.
    func representative(of articles: [AnalyzedArticle]) -> (text: String, article: ArticleID) {
        let titled = articles.filter { !($0.article.metadata.title ?? "").isEmpty }
        guard !titled.isEmpty else {
            return (Self.mainClause(of: firstLine(of: articles[0].article.text)), articles[0].id)
        }
        let chosen = representativeTitle(of: titled, context: [])
        return (chosen.title, chosen.article)
    }

    /// Scores each title by the words it shares with the other titles and the context, then takes, among those
    /// within `representativeShare` of the best, the latest published (ties: the higher score, then the smaller text).
    private func representativeTitle(of titled: [AnalyzedArticle], context extra: [String]) -> (title: String, article: ArticleID) {
        let tokenizer = Tokenizer()
        let titles = titled.map { $0.article.metadata.title! }
        let context = (titles + extra).map { words(tokenizer.tokenize($0)) }
        // A title's score is the words it shares with each other title and context line, summed: each of its
        // words counts the other sets that hold it, so the sum takes one pass over the words.
        var holders: [String: Int] = [:]
        for set in context { for word in set { holders[word, default: 0] += 1 } }
        let scores = titles.indices.map { index in context[index].reduce(0) { $0 + holders[$1]! - 1 } }
        let best = scores.max()!
        let candidates = titles.indices.filter { Double(scores[$0]) >= Self.representativeShare * Double(best) }
        let chosen = candidates.max { a, b in
            switch (titled[a].article.metadata.published, titled[b].article.metadata.published) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true  // an undated title counts as older
            case (_?, nil): return false
            default: return scores[a] != scores[b] ? scores[a] < scores[b] : titles[a] > titles[b]
            }
        }!
        return (titles[chosen], titled[chosen].id)
    }

    private func words(_ tokens: [Token]) -> Set<String> {
        Set(tokens.filter { $0.kind == .word && !$0.isStopWord }.map(\.stem))
    }

    private func firstLine(of text: String) -> String {
        String(text.prefix { $0 != "\n" })
    }

    private static let quoteMarks: Set<Character> = ["\"", "“", "”", "‘", "'", "«"]

    static func opensWithQuote(_ sentence: String) -> Bool {
        sentence.trimmingCharacters(in: .whitespaces).first.map(quoteMarks.contains) ?? false
    }

    /// Where a sentence's main clause ends: a dash, a semicolon, or a comma that opens a relative clause, an
    /// attribution or a contrast ("…, which", "…, officials said", "…, but").
    private static let clauseEnds = [
        " — ", " – ", " -- ", "; ", ", which ", ", who ", ", where ", ", according to ", ", but ", ", while ",
        ", although ", ", as ", ", after ", ", saying ", ", adding ",
    ]

    /// A sentence cut to its main clause: the words before the first clause end that comes after the fifth
    /// word, without a final period or a trailing ", X said". Words are never cut mid-clause.
    static func mainClause(of sentence: String) -> String {
        var text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        var cut = text.endIndex
        for end in clauseEnds {
            var searchStart = text.startIndex
            while let range = text.range(of: end, range: searchStart..<text.endIndex) {
                if text[..<range.lowerBound].split(separator: " ").count >= 5 {
                    cut = min(cut, range.lowerBound)
                    break
                }
                searchStart = range.upperBound
            }
        }
        text = String(text[..<cut])
        while let last = text.last, last == "." || last == "," || last == ":" { text.removeLast() }
        if let comma = text.range(of: ", ", options: .backwards) {
            let tail = text[comma.upperBound...].split(separator: " ")
            if tail.count <= 5, let verb = tail.last, PersonLexicon.speechVerbs.contains(verb.lowercased()) {
                text = String(text[..<comma.lowerBound])
            }
        }
        return text
    }
}
