/// Picks a story's headline: the source title that shares the most words with the other titles and the
/// summary, so it names what most sources are about; the first summary sentence when no source has a title.
struct HeadlineChooser {
    func headline(for story: Story, summary: [SummarySentence]) -> String {
        let titles = story.articles.compactMap { $0.article.metadata.title }.filter { !$0.isEmpty }
        guard !titles.isEmpty else {
            return shortened(summary.first?.text ?? story.articles.first.map { firstLine(of: $0.article.text) } ?? "")
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

    /// Keeps a headline made from a sentence to about fifteen words.
    private func shortened(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        guard words.count > 15 else { return sentence }
        return words.prefix(15).joined(separator: " ") + " …"
    }
}
