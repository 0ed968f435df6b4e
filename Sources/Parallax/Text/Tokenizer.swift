/// Splits text into word, number, punctuation and symbol tokens with UTF-8 offsets, normalized forms and stems.
///
/// Words keep internal apostrophes and hyphens ("Russia’s", "two-day"), dotted abbreviations stay whole
/// ("U.S."), numbers keep decimal points and thousands separators ("1,000", "240.1"), and each Han
/// ideograph is a word of its own. It scans `text.utf8` directly; it never iterates `Character`s.
package struct Tokenizer: Sendable {
    package init() {}

    package func tokenize(_ text: String) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ bytes in
            var scanner = TokenScanner(bytes: bytes)
            return scanner.run()
        }) {
            return tokens
        }
        return Array(text.utf8).withUnsafeBufferPointer { bytes in
            var scanner = TokenScanner(bytes: bytes)
            return scanner.run()
        }
    }
}
