/// A story's sentences as summary candidates, with the concepts they share and how many articles mention each.
struct SummaryIndex: Sendable {
    let candidates: [SummaryCandidate]
    /// The weight of each concept id: the number of articles that mention it; below the minimum only a
    /// token weight, so a story whose sources share nothing still gets a summary of its lead sentences.
    let conceptWeights: [Double]
    /// Rank of each article in reading order (the story's order: by date, then id).
    let articleOrder: [Int]
    let articleIndex: [ArticleID: Int]

    init(story: Story, configuration: Summarizer.Configuration) {
        var stems: [String: Int] = [:]
        var concepts: [UInt64: Int] = [:]
        var conceptArticles: [Int] = []
        var lastArticleOfConcept: [Int] = []
        var candidates: [SummaryCandidate] = []
        let readability = SentenceReadability(minWords: configuration.minWords, maxWords: configuration.maxWords)

        func conceptID(_ key: UInt64, article: Int) -> Int {
            let id: Int
            if let known = concepts[key] {
                id = known
            } else {
                id = conceptArticles.count
                concepts[key] = id
                conceptArticles.append(0)
                lastArticleOfConcept.append(-1)
            }
            if lastArticleOfConcept[id] != article {
                lastArticleOfConcept[id] = article
                conceptArticles[id] += 1
            }
            return id
        }

        for (articleNumber, analyzed) in story.articles.enumerated() {
            let text = analyzed.article.text
            let utf8 = text.utf8
            var previousEndsInAbbreviation = false
            var previousParagraph = -1
            for (position, sentence) in analyzed.sentences.enumerated() {
                let start = utf8.index(utf8.startIndex, offsetBy: sentence.span.start)
                let end = utf8.index(start, offsetBy: sentence.span.length)
                let bytes = text[start..<end].utf8
                let wordCount = SentenceReadability.wordCount(bytes)
                var counts: [Int: Int] = [:]
                var sentenceConcepts: Set<Int> = []
                var previous: (id: Int, isStop: Bool)?
                for token in analyzed.tokens[sentence.tokens] where token.kind == .word || token.kind == .number {
                    let stemID: Int
                    if let known = stems[token.stem] {
                        stemID = known
                    } else {
                        stemID = stems.count
                        stems[token.stem] = stemID
                    }
                    if !token.isStopWord {
                        counts[stemID, default: 0] += 1
                        // Unigram concepts live in the low half of the key space, bigrams above it.
                        sentenceConcepts.insert(conceptID(UInt64(stemID), article: articleNumber))
                    }
                    if let previous, !(previous.isStop && token.isStopWord) {
                        let key = (UInt64(previous.id + 1) << 32) | UInt64(stemID)
                        sentenceConcepts.insert(conceptID(key, article: articleNumber))
                    }
                    previous = (stemID, token.isStopWord)
                }
                let words = analyzed.tokens[sentence.tokens].filter { $0.kind == .word || $0.kind == .number }
                let sentenceText = String(text[start..<end])
                let endsInAbbreviation = SentenceOpeners.endsInAbbreviation(words.last, text: sentenceText)
                let continuesAbbreviation = previousEndsInAbbreviation && previousParagraph == sentence.paragraph
                let dangling = words.first.map { SentenceOpeners.dangling.contains($0.normalized) } ?? true
                previousEndsInAbbreviation = endsInAbbreviation
                previousParagraph = sentence.paragraph
                let vector = counts.map { (id: $0.key, count: $0.value) }.sorted { $0.id < $1.id }
                let norm = Double(vector.reduce(0) { $0 + $1.count * $1.count }).squareRoot()
                candidates.append(
                    SummaryCandidate(
                        article: articleNumber, position: position, span: sentence.span, text: sentenceText,
                        wordCount: wordCount, isReadable: !dangling && !endsInAbbreviation && !continuesAbbreviation
                            && readability.isReadable(bytes, wordCount: wordCount),
                        vector: vector, norm: norm, concepts: sentenceConcepts.sorted()
                    )
                )
            }
        }
        let minimum = min(configuration.minConceptArticles, story.articles.count)
        self.candidates = candidates
        conceptWeights = conceptArticles.map { $0 >= minimum ? Double($0) : 0.01 }
        articleOrder = Array(story.articles.indices)
        articleIndex = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($0.element.id, $0.offset) })
    }
}
