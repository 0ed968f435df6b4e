import Parallax

/// What `StoreIngester` reads and writes inside one of the store's write transactions, under its write lock.
package protocol StoreWriteTransaction {
    /// The sequence of the last stored article (nil for an empty store).
    func lastSequence() throws -> Int64?

    /// The signatures after `sequence` (all without it) and the rows of the stories from position `first` on.
    func indexState(after sequence: Int64?, storiesFrom first: Int) throws -> StoredIndexState

    /// The positions, among `articles`, of those stored already (by key) or whose id another article holds.
    func conflicts(_ articles: [(id: ArticleID, key: ArticleKey)]) throws -> Set<Int>

    /// The stored articles that share any of these copy keys (`StoreCopyKeys`: an exact-text key or a MinHash
    /// band key), by id: each one's story and the keys it shares, for `CopyDetector.joinsStory` to decide.
    func copyCandidates(sharing keys: [Int64]) throws -> [StoreCopyCandidate]

    /// The text of a stored article, if it is stored.
    func text(of id: ArticleID) throws -> String?

    /// The id, title and text of the article with this ordinal in the online index, if it is stored.
    func article(atOrdinal ordinal: Int) throws -> (id: ArticleID, title: String?, text: String)?

    /// Whether a story, live or merged, has this id.
    func hasStory(id: StoryID) throws -> Bool

    /// Stores one article's rows, its signature, its copy keys and its story assignment; the caller has checked in this
    /// transaction that its index holds every stored article. Returns the new article's sequence.
    func insert(_ row: StoredArticleRow, signature: [UInt8], copyKeys: [Int64], assignment: StoreAssignment) throws -> Int64
}
