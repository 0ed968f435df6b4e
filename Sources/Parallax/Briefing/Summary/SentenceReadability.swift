/// Whether a sentence can stand alone in a summary: a complete statement, not a headline, a question or a fragment.
struct SentenceReadability: Sendable {
    let minWords: Int
    let maxWords: Int

    /// Checks the sentence's bytes: length, a capital or digit start, a full stop at the end, balanced quotes and brackets.
    func isReadable(_ text: Substring.UTF8View, wordCount: Int) -> Bool {
        guard wordCount >= minWords, wordCount <= maxWords else { return false }
        guard let first = text.first(where: { !Self.isSpace($0) }) else { return false }
        let startsWell = (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
            || first == UInt8(ascii: "\"") || first == 0xE2  // “ starts with E2
        guard startsWell else { return false }
        // The last character that is not a space or a closing quote must be a full stop or an exclamation mark:
        // headlines, datelines and captions have none, and questions do not inform.
        var last: UInt8 = 0
        for byte in text.reversed() where !Self.isSpace(byte) {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == 0x9D || byte == 0x80 || byte == 0xE2 || byte == 0x99 {
                continue
            }
            last = byte
            break
        }
        guard last == UInt8(ascii: ".") || last == UInt8(ascii: "!") else { return false }
        var straightQuotes = 0
        var openCurly = 0
        var closeCurly = 0
        var brackets = 0
        var bytes = text.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): straightQuotes += 1
            case UInt8(ascii: "("): brackets += 1
            case UInt8(ascii: ")"): brackets -= 1
            case 0x9C where previous == (0xE2, 0x80): openCurly += 1
            case 0x9D where previous == (0xE2, 0x80): closeCurly += 1
            default: break
            }
            previous = (previous.1, byte)
        }
        return straightQuotes % 2 == 0 && openCurly == closeCurly && brackets == 0
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whitespace-separated words, as ROUGE and word budgets count them.
    static func wordCount(_ text: Substring.UTF8View) -> Int {
        var count = 0
        var inWord = false
        for byte in text {
            if isSpace(byte) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
