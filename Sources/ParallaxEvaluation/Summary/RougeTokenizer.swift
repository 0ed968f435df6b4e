import Parallax
/// Turns a summary into ROUGE tokens the way `rouge-score` does: lowercase, runs of `[a-z0-9]`, Porter stems of words longer than three letters.
package struct RougeTokenizer: Sendable {
    /// Whether words are stemmed (rouge-score's `use_stemmer`).
    package let stems: Bool
    /// Only the first `wordLimit` whitespace-separated words count (ROUGE's `-l`); nil keeps all.
    package let wordLimit: Int?
    private let stemmer = PorterStemmer()

    package init(stems: Bool = true, wordLimit: Int? = nil) {
        self.stems = stems
        self.wordLimit = wordLimit
    }

    /// The tokens of `text`, in order.
    package func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var words = 0
        var inWord = false
        func flush() {
            guard !current.isEmpty else { return }
            let token = String(decoding: current, as: UTF8.self)
            tokens.append(stems && current.count > 3 ? stemmer.stem(token) : token)
            current.removeAll(keepingCapacity: true)
        }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if let wordLimit, words > wordLimit { break }
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case 0xC4 where index + 1 < bytes.count && bytes[index + 1] == 0xB0:
                // Python lowercases "İ" to "i" plus a combining dot, which rouge-score then drops.
                current.append(UInt8(ascii: "i"))
                index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA:
                // The Kelvin sign lowercases to "k".
                current.append(UInt8(ascii: "k"))
                index += 2
            default:
                flush()
            }
            index += 1
        }
        flush()
        return tokens
    }
}
