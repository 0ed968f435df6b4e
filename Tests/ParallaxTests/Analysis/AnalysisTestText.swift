@testable import Parallax

/// Builds small articles for the analysis tests.
enum AnalysisTestText {
    static func article(_ text: String, published: CalendarDate? = nil) -> Article {
        Article(id: ArticleID("test"), origin: "test", text: text, metadata: ArticleMetadata(published: published))
    }
}
