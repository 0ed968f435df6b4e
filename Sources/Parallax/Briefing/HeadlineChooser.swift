import Foundation

/// Picks a story's headline: among the source titles that share the most words with the other titles (at least
/// `representativeShare` of the best such score), so they name what most sources are about, the latest one, so a
/// story told over days is headed by its latest state; when no source has a title, the main clause of the first
/// article's first sentence that does not open with a quotation. It reads only what a stored story keeps of its
/// articles (`HeadlineSource`), so the store's story list and the brief give a story the same headline.
package struct HeadlineChooser {
    /// The share of the best title's score another title needs to count as representative too.
    static let representativeShare = 0.75

    package init() {}

    /// The headline of a story of these articles.
    func headline(for articles: [AnalyzedArticle]) -> String {
        representative(of: articles.map(HeadlineSource.init)).text
    }

    /// The representative title among some articles (the latest of those scoring near the best), or, when none has
    /// a title, the lead of the first in stream order; with the article it comes from. Give at least one source.
    package func representative(of sources: [HeadlineSource]) -> (text: String, article: ArticleID) {
        let titled = sources.filter { !($0.title ?? "").isEmpty }
        guard !titled.isEmpty else {
            let first = sources.min { StoryClusterer.streamOrder(($0.published, $0.article), ($1.published, $1.article)) }!
            return (Self.mainClause(of: Self.lead(of: first.opening)), first.article)
        }
        return representativeTitle(of: titled)
    }

    /// Scores each title by the words it shares with the other titles, then takes, among those within
    /// `representativeShare` of the best, the latest published (ties: the higher score, then the smaller text).
    private func representativeTitle(of titled: [HeadlineSource]) -> (text: String, article: ArticleID) {
        let tokenizer = Tokenizer()
        let titles = titled.map { $0.title! }
        let context = titles.map { words(tokenizer.tokenize($0)) }
        // A title's score is the words it shares with each other title, summed: each of its words counts the
        // other titles that hold it, so the sum takes one pass over the words.
        var holders: [String: Int] = [:]
        for set in context { for word in set { holders[word, default: 0] += 1 } }
        let scores = titles.indices.map { index in context[index].reduce(0) { $0 + holders[$1]! - 1 } }
        let best = scores.max()!
        let candidates = titles.indices.filter { Double(scores[$0]) >= Self.representativeShare * Double(best) }
        let chosen = candidates.max { a, b in
            switch (titled[a].published, titled[b].published) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true  // an undated title counts as older
            case (_?, nil): return false
            default: return scores[a] != scores[b] ? scores[a] < scores[b] : titles[a] > titles[b]
            }
        }!
        return (titles[chosen], titled[chosen].article)
    }

    /// The first sentence of a text that does not open with a quotation (the first sentence when all do), split
    /// by the default sentence splitting so that a stored story's opening gives the same lead.
    static func lead(of text: String) -> String {
        let bytes = Array(text.utf8)
        let sentences = TextSegmenter().segment(text, article: ArticleID("")).sentences.lazy.map {
            String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)
        }
        return sentences.first { !opensWithQuote($0) } ?? sentences.first ?? ""
    }

    private func words(_ tokens: [Token]) -> Set<String> {
        Set(tokens.filter { $0.kind == .word && !$0.isStopWord }.map(\.stem))
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
