/// An article with everything the analysis found in it, each item a span into `article.text`.
package struct AnalyzedArticle: Sendable {
    package let article: Article
    package let tokens: [Token]
    package let sentences: [Sentence]
    package let entities: [EntityMention]
    package let quotes: [Quote]
    package let numbers: [NumberMention]
    package let dates: [DateMention]

    package init(
        article: Article, tokens: [Token], sentences: [Sentence], entities: [EntityMention],
        quotes: [Quote], numbers: [NumberMention], dates: [DateMention]
    ) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.quotes = quotes
        self.numbers = numbers
        self.dates = dates
    }

    package var id: ArticleID { article.id }

    /// The index of the last token ending at or before `offset`, by binary search (tokens are in text order).
    func lastToken(endingBy offset: Int) -> Int? {
        let after = tokens.partitionPoint { $0.end <= offset }
        return after > 0 ? after - 1 : nil
    }

    /// The index of the first token starting at or after `offset`.
    func firstToken(startingFrom offset: Int) -> Int? {
        let index = tokens.partitionPoint { $0.start < offset }
        return index < tokens.count ? index : nil
    }
}
