import Parallax

/// A stored article that shares a copy key with an article being ingested: maybe its exact or near copy. Its text
/// is read only when the candidates before it (by id) were not copies: a wire story republished many times has many
/// candidates, and the first is usually the copy.
package struct StoreCopyCandidate: Sendable {
    package let id: ArticleID
    /// The story it was assigned to (resolve merges through the index).
    package let story: Int
    /// The copy keys it shares with the article being ingested, as unsigned hashes.
    package let sharedKeys: Set<UInt64>

    /// A candidate from a store's row; `sharedKeys` lists the shared keys as SQL integers, comma-separated.
    package init(id: String, story: Int, sharedKeys: String) {
        self.id = ArticleID(id)
        self.story = story
        self.sharedKeys = Set(sharedKeys.split(separator: ",").compactMap { Int64($0).map { UInt64(bitPattern: $0) } })
    }
}
