/// The tokens and sentences of one text, as the text stage hands them to later stages.
package struct TextSegmentation: Sendable {
    package let tokens: [Token]
    package let sentences: [Sentence]

    package init(tokens: [Token], sentences: [Sentence]) {
        self.tokens = tokens
        self.sentences = sentences
    }
}
