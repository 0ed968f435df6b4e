import Parallax

/// What makes an input the same article as one already stored: the id the input gave it and a hash of its text.
package struct ArticleKey: Hashable, Sendable {
    /// The id the input gave the article (the stored id differs when another text already holds this one).
    package let sourceID: ArticleID
    /// `ContentHash.of(text)`: the same after whitespace and case changes.
    package let contentHash: String
    /// `ContentHash.of(bytes:)` of the raw input, when known: lets a rerun skip extracting inputs it stored.
    package let rawHash: String?

    package init(sourceID: ArticleID, contentHash: String, rawHash: String? = nil) {
        self.sourceID = sourceID
        self.contentHash = contentHash
        self.rawHash = rawHash
    }
}
