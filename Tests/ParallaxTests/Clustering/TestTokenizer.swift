@testable import Parallax

/// A small ASCII tokenizer for tests until the project's tokenizer is merged: lowercases, strips a plural "s".
enum TestTokenizer {
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "is", "was", "were",
        "are", "be", "been", "has", "had", "have", "it", "its", "this", "that", "as", "he", "she", "they", "their",
        "his", "her", "not", "but", "said", "will", "would", "after", "who", "which",
    ]

    static func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { index += 1; continue }
            let start = index
            if isAlnum(byte) {
                while index < bytes.count, isAlnum(bytes[index]) || (bytes[index] == 0x27 && index + 1 < bytes.count && isAlnum(bytes[index + 1])) {
                    index += 1
                }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                let normalized = word.lowercased()
                let isNumber = normalized.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                var stem = normalized
                if !isNumber, stem.count > 3, stem.hasSuffix("s"), !stem.hasSuffix("ss") { stem.removeLast() }
                tokens.append(Token(
                    start: start, end: index, kind: isNumber ? .number : .word, normalized: normalized, stem: stem,
                    isStopWord: stopWords.contains(normalized), isCapitalized: byte >= 0x41 && byte <= 0x5A))
            } else {
                index += 1
                let mark = String(decoding: bytes[start..<index], as: UTF8.self)
                tokens.append(Token(
                    start: start, end: index, kind: .punctuation, normalized: mark, stem: mark, isStopWord: false,
                    isCapitalized: false))
            }
        }
        return tokens
    }
}
