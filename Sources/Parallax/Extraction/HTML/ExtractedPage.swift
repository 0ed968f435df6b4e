/// What `HTMLExtractor` found on a page: the main text, the metadata, and what it noticed.
public struct ExtractedPage: Sendable {
    /// The main text, paragraphs joined by a blank line.
    public var text: String
    public var metadata: ArticleMetadata
    public var diagnostics: [Diagnostic]

    public init(text: String, metadata: ArticleMetadata, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}
