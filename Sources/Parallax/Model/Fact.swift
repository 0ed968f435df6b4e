/// One thing the story's sources say, with the statement of each source that says it.
public struct Fact: Hashable, Codable, Sendable {
    /// One statement per supporting article, in article order.
    public let statements: [Statement]
    /// The number of distinct outlets behind the statements (copies of one original count once).
    public let sourceCount: Int

    public init(statements: [Statement], sourceCount: Int) {
        self.statements = statements
        self.sourceCount = sourceCount
    }

    public var articles: [ArticleID] { statements.map(\.span.article) }
}
