/// The tokens and sentences of one text, as the text stage hands them to later stages.
public struct TextSegmentation: Sendable {
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(tokens: [Token], sentences: [Sentence]) {
        self.tokens = tokens
        self.sentences = sentences
    }
}
