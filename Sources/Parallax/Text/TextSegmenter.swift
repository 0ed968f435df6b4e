/// The text stage in one call: `Tokenizer` then `SentenceSplitter`.
///
/// The Text stage turns an article's text into `Token`s (with normalized forms, Porter2 stems from
/// `EnglishStemmer` and `StopWords` flags) and `Sentence`s with paragraph indices. Everything points
/// into the text by UTF-8 offsets.
package struct TextSegmenter: Sendable {
    package let tokenizer: Tokenizer
    package let splitter: SentenceSplitter

    package init() {
        self.init(configuration: .default)
    }

    package init(configuration: SentenceSplitter.Configuration) {
        tokenizer = Tokenizer()
        splitter = SentenceSplitter(configuration: configuration)
    }

    package func segment(_ text: String, article: ArticleID) -> TextSegmentation {
        let tokens = tokenizer.tokenize(text)
        return TextSegmentation(tokens: tokens, sentences: splitter.split(text, tokens: tokens, article: article))
    }
}
