import Parallax
/// One benchmark topic: the articles to summarize together and the human summaries to score against.
public struct SummaryEvaluationTopic: Sendable {
    public let name: String
    public let articles: [Article]
    public let references: [String]

    public init(name: String, articles: [Article], references: [String]) {
        self.name = name
        self.articles = articles
        self.references = references
    }
}
