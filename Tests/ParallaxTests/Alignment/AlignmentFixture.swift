@testable import Parallax

/// Small invented stories for alignment tests, analyzed by the real analysis stage.
enum AlignmentFixture {
    static func article(_ id: String, _ text: String, published: CalendarDate? = nil, publisher: String? = nil) -> AnalyzedArticle {
        ArticleAnalyzer().analyze(Article(
            id: ArticleID(id), origin: id, text: text, metadata: ArticleMetadata(publisher: publisher, published: published)))
    }

    static func story(_ articles: [AnalyzedArticle], copies: [CopyRelation] = []) -> Story {
        Story(id: StoryID("test"), articles: articles, copies: copies)
    }

    static func align(_ articles: [AnalyzedArticle], copies: [CopyRelation] = []) -> AlignedStory {
        StoryAligner().align(story(articles, copies: copies))
    }

    /// The statement of `article` that contains `fragment`, as grouped in the facts.
    static func fact(containing fragment: String, in facts: [Fact]) -> Fact? {
        facts.first { $0.statements.contains { $0.text.contains(fragment) } }
    }
}
