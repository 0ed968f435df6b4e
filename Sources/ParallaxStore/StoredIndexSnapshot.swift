/// A stored `StoryIndexSnapshot`: the bytes of the index after the article with `sequence`, which held `articles`.
public struct StoredIndexSnapshot: Sendable {
    public let sequence: Int64
    public let articles: Int
    public let data: [UInt8]

    public init(sequence: Int64, articles: Int, data: [UInt8]) {
        self.sequence = sequence
        self.articles = articles
        self.data = data
    }
}
