import Parallax

/// Turns benchmark text into `AnalyzedArticle`s with tokens and sentences only: all story clustering needs.
enum BenchmarkArticles {
    static func analyzed(id: String, text: String) -> AnalyzedArticle {
        let articleID = ArticleID(id)
        let tokens = BenchmarkTokens.tokenize(text)
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        let bytes = Array(text.utf8)
        for (index, token) in tokens.enumerated() {
            let isLast = index == tokens.count - 1
            let endsSentence = token.kind == .punctuation && (token.normalized == "." || token.normalized == "!" || token.normalized == "?")
            // A blank line ends a sentence too (a headline has no full stop).
            let blankLineFollows = !isLast && bytes[token.end..<tokens[index + 1].start].filter { $0 == 0x0A }.count >= 1
            guard endsSentence || isLast || blankLineFollows else { continue }
            sentences.append(Sentence(
                span: TextSpan(article: articleID, start: tokens[start].start, end: token.end),
                tokens: start..<(index + 1), paragraph: paragraph))
            if blankLineFollows { paragraph += 1 }
            start = index + 1
        }
        return AnalyzedArticle(
            article: Article(id: articleID, origin: id, text: text, metadata: ArticleMetadata()),
            tokens: tokens, sentences: sentences, entities: [], quotes: [], numbers: [], dates: [])
    }
}
