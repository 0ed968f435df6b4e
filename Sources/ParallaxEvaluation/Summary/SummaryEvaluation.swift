import Parallax
/// Summarizes benchmark topics with `Summarizer` and scores them with `Rouge` (mean over references, then topics).
package struct SummaryEvaluation: Sendable {
    /// One topic's summary and its scores.
    package struct TopicResult: Sendable {
        package let name: String
        package let summary: [SummarySentence]
        package let scores: RougeScores
    }

    package let summarizer: Summarizer
    package let rouge: Rouge
    package let words: Int
    private let segmenter = TextSegmenter()

    package init(summarizer: Summarizer = Summarizer(), rouge: Rouge = Rouge(), words: Int = 250) {
        self.summarizer = summarizer
        self.rouge = rouge
        self.words = words
    }

    /// The story of a topic's articles, each segmented by the Text stage (no facts: alignment is not part of this benchmark).
    package func story(named name: String, of articles: [Article]) -> Story {
        let analyzed = articles.map { article in
            let segmentation = segmenter.segment(article.text, article: article.id)
            return AnalyzedArticle(
                article: article, tokens: segmentation.tokens, sentences: segmentation.sentences,
                entities: [], quotes: [], numbers: [], dates: []
            )
        }
        return Story(id: StoryID(name), articles: analyzed, copies: [])
    }

    /// Each topic summarized within `words` words and scored against its references.
    package func run(_ topics: [SummaryEvaluationTopic]) -> [TopicResult] {
        topics.map { topic in
            let summary = summarizer.summarize(story(named: topic.name, of: topic.articles), facts: [], budget: .words(words))
            let text = summary.map(\.text).joined(separator: "\n")
            return TopicResult(name: topic.name, summary: summary, scores: rouge.score(candidate: text, references: topic.references))
        }
    }
}
