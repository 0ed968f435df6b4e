import Foundation
@testable import Parallax

/// Builds `AnalyzedArticle`s from plain text for the dedup and clustering tests: tokens and sentences only.
enum ArticleFactory {
    static func make(_ id: String, _ text: String, published: CalendarDate? = nil, wires: [String] = []) -> AnalyzedArticle {
        let articleID = ArticleID(id)
        let article = Article(
            id: articleID, origin: id, text: text, metadata: ArticleMetadata(published: published),
            wires: wires.map { WireCredit(agency: $0, span: TextSpan(article: articleID, start: 0, end: 0)) })
        let tokens = TestTokenizer.tokenize(text)
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences(tokens, articleID), entities: [], quotes: [],
            numbers: [], dates: [])
    }

    /// Sentences end at ".", "!" or "?".
    static func sentences(_ tokens: [Token], _ id: ArticleID) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        for (index, token) in tokens.enumerated() where [".", "!", "?"].contains(token.normalized) || index == tokens.count - 1 {
            if index + 1 > start {
                result.append(Sentence(
                    span: TextSpan(article: id, start: tokens[start].start, end: token.end),
                    tokens: start..<(index + 1), paragraph: 0))
            }
            start = index + 1
        }
        return result
    }
}
