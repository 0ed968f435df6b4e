/// A document after the first two stages: extracted and, when it gave usable text (no error, some text), analyzed.
/// Every caller (batch `brief`, `ingest`, `prepare`, the server) makes it with `Pipeline.prepare`.
package struct PreparedArticle: Sendable {
    package let article: Article
    /// Nil when the document gave no usable text; `article.diagnostics` says why.
    package let analyzed: AnalyzedArticle?
}
