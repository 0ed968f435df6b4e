/// A stored `StoryIndexSnapshot`: the bytes of the index after the article with `sequence`, which held `articles`.
package struct StoredIndexSnapshot: Sendable {
    package let sequence: Int64
    package let articles: Int
    package let data: [UInt8]

    package init(sequence: Int64, articles: Int, data: [UInt8]) {
        self.sequence = sequence
        self.articles = articles
        self.data = data
    }
}
