/// What the tokenizer remembers about one normalized word, so each distinct word is stemmed once per text.
struct Lexeme {
    let stem: String
    let isStopWord: Bool
}
