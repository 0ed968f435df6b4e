import Foundation
@testable import Parallax

/// Builds `AnalyzedArticle`s from plain text for the dedup and clustering tests: tokens and sentences only.
enum ArticleFactory {
    static func make(_ id: String, _ text: String, published: CalendarDate? = nil, wires: [String] = []) -> AnalyzedArticle {
        let articleID = ArticleID(id)
        let article = Article(
            id: articleID, origin: id, text: text, metadata: ArticleMetadata(published: published),
            wires: wires.map { WireCredit(agency: $0, span: TextSpan(article: articleID, start: 0, end: 0)) })
        let segmentation = TextSegmenter().segment(text, article: articleID)
        return AnalyzedArticle(
            article: article, tokens: segmentation.tokens, sentences: segmentation.sentences, entities: [], quotes: [],
            numbers: [], dates: [])
    }
}
