import Parallax
/// One benchmark topic: the articles to summarize together and the human summaries to score against.
package struct SummaryEvaluationTopic: Sendable {
    package let name: String
    package let articles: [Article]
    package let references: [String]

    package init(name: String, articles: [Article], references: [String]) {
        self.name = name
        self.articles = articles
        self.references = references
    }
}
