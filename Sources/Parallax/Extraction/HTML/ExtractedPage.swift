/// What `HTMLExtractor` found on a page: the main text, the metadata, and what it noticed.
package struct ExtractedPage: Sendable {
    /// The main text, paragraphs joined by a blank line.
    package var text: String
    package var metadata: ArticleMetadata
    package var diagnostics: [Diagnostic]

    package init(text: String, metadata: ArticleMetadata, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}
