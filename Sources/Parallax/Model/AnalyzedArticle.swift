/// An article with everything the analysis found in it, each item a span into `article.text`.
public struct AnalyzedArticle: Sendable {
    public let article: Article
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let entities: [EntityMention]
    public let quotes: [Quote]
    public let numbers: [NumberMention]
    public let dates: [DateMention]

    public init(
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

    public var id: ArticleID { article.id }
}
