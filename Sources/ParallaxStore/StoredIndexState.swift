/// What the online index is rebuilt from: signatures in ingest order and the story rows from one position on.
package struct StoredIndexState: Sendable {
    package let signatures: [StoredSignature]
    /// The stories, live or merged, by position, from the position asked for on.
    package let stories: [StoredStory]

    package init(signatures: [StoredSignature], stories: [StoredStory]) {
        self.signatures = signatures
        self.stories = stories
    }
}
