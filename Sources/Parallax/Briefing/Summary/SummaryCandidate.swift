/// One sentence of the story as the summarizer sees it: where it is, its words, and the concepts it covers.
struct SummaryCandidate: Sendable {
    /// Index of the article in `Story.articles`.
    let article: Int
    /// Index of the sentence in its article.
    let position: Int
    let span: TextSpan
    let text: String
    /// Whitespace-separated words, the unit of a word budget.
    let wordCount: Int
    /// Whether the sentence may stand alone in a summary (see `SentenceReadability`).
    let isReadable: Bool
    /// Content-word stem ids with their counts, sorted by id: the vector for cosine similarity.
    let vector: [(id: Int, count: Int)]
    /// The Euclidean norm of `vector`.
    let norm: Double
    /// Ids of the concepts (content stems and stem bigrams) the sentence mentions, each once, sorted.
    let concepts: [Int]

    /// The cosine of the two sentences' content-word vectors.
    func similarity(to other: SummaryCandidate) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var dot = 0
        var left = 0
        var right = 0
        while left < vector.count && right < other.vector.count {
            let a = vector[left]
            let b = other.vector[right]
            if a.id == b.id {
                dot += a.count * b.count
                left += 1
                right += 1
            } else if a.id < b.id {
                left += 1
            } else {
                right += 1
            }
        }
        return Double(dot) / (norm * other.norm)
    }
}
