/// What the online index is rebuilt from: signatures in ingest order, the story rows from one position on, and
/// how many articles came before the first signature.
public struct StoredIndexState: Sendable {
    public let signatures: [StoredSignature]
    /// The stories, live or merged, by position, from `storiesFrom` on.
    public let stories: [StoredStory]
    /// The position of the first story listed (0: every story).
    public let storiesFrom: Int
    /// How many stored articles come up to the sequence the signatures start after; nil when the stories are
    /// listed from a later position (a catch-up, which needs only what came after, skips the linear count).
    public let before: Int?

    public init(signatures: [StoredSignature], stories: [StoredStory], storiesFrom: Int = 0, before: Int?) {
        self.signatures = signatures
        self.stories = stories
        self.storiesFrom = storiesFrom
        self.before = before
    }
}
