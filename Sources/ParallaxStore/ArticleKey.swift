import Parallax

/// What makes an input the same article as one already stored: the id the input gave it and a hash of its text.
public struct ArticleKey: Hashable, Sendable {
    /// The id the input gave the article (the stored id differs when another text already holds this one).
    public let sourceID: ArticleID
    /// `ContentHash.of(text)`: the same after whitespace and case changes.
    public let contentHash: String

    public init(sourceID: ArticleID, contentHash: String) {
        self.sourceID = sourceID
        self.contentHash = contentHash
    }
}
