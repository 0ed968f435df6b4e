import Dispatch
import Parallax

/// A document extracted and, when it yielded text without errors, analyzed: the work of ingesting one document
/// that needs no store, so a batch of them runs on every core while the store takes them one by one.
struct PreparedArticle: Sendable {
    let article: Article
    /// Nil when the document gave no usable text.
    let analyzed: AnalyzedArticle?

    /// Extracts and analyzes the documents on all cores, or on `threads` threads; the results are in the
    /// documents' order, the same as one at a time (both steps are pure).
    static func prepare(
        _ documents: [RawDocument], extractor: ArticleExtractor, analyzer: ArticleAnalyzer, threads: Int? = nil
    ) -> [PreparedArticle] {
        var results = [PreparedArticle?](repeating: nil, count: documents.count)
        let lanes = min(threads ?? documents.count, documents.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for index in stride(from: lane, to: documents.count, by: lanes) {
                    let article = extractor.extract(documents[index])
                    let usable = !article.diagnostics.contains(where: { $0.severity == .error }) && !article.text.isEmpty
                    // Each document's slot is written by one lane only.
                    slots[index] = PreparedArticle(article: article, analyzed: usable ? analyzer.analyze(article) : nil)
                }
            }
        }
        return results.map { $0! }
    }
}
