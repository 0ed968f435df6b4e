import Foundation

/// Picks a story's headline: the source title that shares the most words with the other titles and the
/// summary, so it names what most sources are about; when no source has a title, the main clause of the
/// first summary sentence that is not a quotation.
struct HeadlineChooser {
    func headline(for story: Story, summary: [SummarySentence]) -> String {
        let titles = story.articles.compactMap { $0.article.metadata.title }.filter { !$0.isEmpty }
        guard !titles.isEmpty else {
            let sentences = summary.map(\.text) + story.articles.prefix(1).map { firstLine(of: $0.article.text) }
            let lead = sentences.first { !Self.opensWithQuote($0) } ?? sentences.first ?? ""
            return Self.mainClause(of: lead)
        }
        let tokenizer = Tokenizer()
        let context = (titles + summary.map(\.text)).map { words(tokenizer.tokenize($0)) }
        var best = titles[0]
        var bestScore = -1
        for (index, title) in titles.enumerated() {
            let own = words(tokenizer.tokenize(title))
            var score = 0
            for (other, bag) in context.enumerated() where other != index {
                score += own.intersection(bag).count
            }
            if score > bestScore || (score == bestScore && title < best) {
                best = title
                bestScore = score
            }
        }
        return best
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
