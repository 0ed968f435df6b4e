import Parallax

/// Turns benchmark text into `AnalyzedArticle`s with tokens and sentences only: all story clustering needs.
enum BenchmarkArticles {
    static let segmenter = TextSegmenter()

    static func analyzed(id: String, text: String) -> AnalyzedArticle {
        let articleID = ArticleID(id)
        let segmentation = segmenter.segment(text, article: articleID)
        return AnalyzedArticle(
            article: Article(id: articleID, origin: id, text: text, metadata: ArticleMetadata()),
            tokens: segmentation.tokens, sentences: segmentation.sentences, entities: [], quotes: [], numbers: [],
            dates: [])
    }
}
