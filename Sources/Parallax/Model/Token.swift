/// One word, number or punctuation mark of an article, as a view into its text.
package struct Token: Hashable, Sendable {
    /// What a token is, so later stages can skip punctuation without looking at its bytes.
    package enum Kind: UInt8, Hashable, Sendable { case word, number, punctuation, symbol }

    /// UTF-8 offsets into `Article.text`.
    package let start: Int
    package let end: Int
    package let kind: Kind
    /// Lowercased, with typographic apostrophes and dashes folded ("Putin’s" → "putin's").
    package let normalized: String
    /// The Porter2 stem of `normalized` for words; `normalized` otherwise.
    package let stem: String
    /// Whether the token is an English stop word.
    package let isStopWord: Bool
    /// Whether the token's first letter is upper case in the text.
    package let isCapitalized: Bool

    package init(
        start: Int, end: Int, kind: Kind, normalized: String, stem: String,
        isStopWord: Bool, isCapitalized: Bool
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.normalized = normalized
        self.stem = stem
        self.isStopWord = isStopWord
        self.isCapitalized = isCapitalized
    }
}
