/// Groups tokens into sentences and paragraphs.
///
/// A sentence ends at . ! ? or … (with any closing quotes or brackets that follow) when a space and an
/// upper-case word, number or opening quote come next, unless the period closes an abbreviation, an initial
/// or a decimal; a line break always ends a sentence, and a blank line starts a new paragraph.
package struct SentenceSplitter: Sendable {
    package let configuration: Configuration

    package init() {
        self.init(configuration: .default)
    }

    package init(configuration: Configuration) {
        self.configuration = configuration
    }

    package func split(_ text: String, tokens: [Token], article: ArticleID) -> [Sentence] {
        var text = text
        text.makeContiguousUTF8()
        if let sentences = text.utf8.withContiguousStorageIfAvailable({ bytes in
            SentenceScanner(bytes: bytes, tokens: tokens, article: article, configuration: configuration).run()
        }) {
            return sentences
        }
        return Array(text.utf8).withUnsafeBufferPointer { bytes in
            SentenceScanner(bytes: bytes, tokens: tokens, article: article, configuration: configuration).run()
        }
    }
}
