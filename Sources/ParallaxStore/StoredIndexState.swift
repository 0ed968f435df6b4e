/// What the online index is rebuilt from: signatures in ingest order and the story rows from one position on.
public struct StoredIndexState: Sendable {
    public let signatures: [StoredSignature]
    /// The stories, live or merged, by position, from the position asked for on.
    public let stories: [StoredStory]

    public init(signatures: [StoredSignature], stories: [StoredStory]) {
        self.signatures = signatures
        self.stories = stories
    }
}
