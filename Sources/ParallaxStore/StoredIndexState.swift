/// What the online index is rebuilt from: signatures in ingest order, every story row, and how many articles
/// came before the first signature.
public struct StoredIndexState: Sendable {
    public let signatures: [StoredSignature]
    /// Every story, live or merged, by position.
    public let stories: [StoredStory]
    /// How many stored articles come up to the sequence the signatures start after.
    public let before: Int

    public init(signatures: [StoredSignature], stories: [StoredStory], before: Int) {
        self.signatures = signatures
        self.stories = stories
        self.before = before
    }
}
