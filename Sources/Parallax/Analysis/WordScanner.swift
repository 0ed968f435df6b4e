import Foundation

/// Splits an article's text into `AnalysisWord`s over its UTF-8 bytes.
///
/// The analysis keeps its own word view (rather than the Text stage's tokens) because its rules need
/// hyphenated words, possessives and dotted abbreviations whole, and numbers with their separators.
enum WordScanner {
    static func words(in bytes: [UInt8]) -> [AnalysisWord] {
        var words: [AnalysisWord] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let (isWordChar, length) = wordCharacter(bytes, index)
            if !isWordChar { index += length; continue }
            let start = index
            index += length
            while index < count {
                let (isWord, len) = wordCharacter(bytes, index)
                if isWord { index += len; continue }
                // Joiners only count between word characters.
                let joinerLength = joiner(bytes, index, wordStart: start)
                if joinerLength > 0, index + joinerLength < count, wordCharacter(bytes, index + joinerLength).0 {
                    index += joinerLength
                    continue
                }
                break
            }
            // Dotted abbreviations: "U.S.", "U.K.", "Mr." stay one word with their final dot.
            if index < count, bytes[index] == UInt8(ascii: "."), isDottedAbbreviation(bytes, start, index) {
                index += 1
            }
            words.append(makeWord(bytes, start, index))
        }
        return words
    }

    private static func makeWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> AnalysisWord {
        let slice = bytes[start..<end]
        let text = String(decoding: slice, as: UTF8.self)
        let lower: String
        if slice.allSatisfy({ $0 < 0x80 }) {
            // Most words are ASCII: lowercase the bytes directly instead of going through Unicode tables.
            lower = String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        } else {
            lower = ApostropheFolding.lowercased(text)
        }
        let lead = bytes[start]
        let isCapitalized = lead < 0x80 ? lead >= 0x41 && lead <= 0x5A : text.unicodeScalars.first!.properties.isUppercase
        return AnalysisWord(
            start: start, end: end, text: text, lower: lower,
            isCapitalized: isCapitalized,
            startsWithDigit: bytes[start] >= 0x30 && bytes[start] <= 0x39)
    }

    /// Whether the bytes at `index` start a letter or digit, and the length of that character.
    static func wordCharacter(_ bytes: [UInt8], _ index: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            let isAlnum = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            return (isAlnum, 1)
        }
        guard let (scalar, length) = decode(bytes, index) else { return (false, 1) }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.numericType != nil && properties.generalCategory == .decimalNumber, length)
    }

    /// A hyphen, apostrophe or (between digits) a dot or comma inside a word; 0 when none.
    private static func joiner(_ bytes: [UInt8], _ index: Int, wordStart: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "'"): return 1
        case UInt8(ascii: "."), UInt8(ascii: ","):
            if byte == UInt8(ascii: "."), isAbbreviationDot(bytes, index, wordStart: wordStart) { return 1 }
            let previousIsDigit = index > wordStart && isDigit(bytes[index - 1])
            let nextIsDigit = index + 1 < bytes.count && isDigit(bytes[index + 1])
            // "1,200" and "240.1", but not "1, 2" or a sentence-final "2018."
            return previousIsDigit && nextIsDigit ? 1 : 0
        case 0xE2:
            // ’ (E2 80 99) as an apostrophe; ‑ (E2 80 91) non-breaking hyphen.
            if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 || bytes[index + 2] == 0x91 {
                return 3
            }
            return 0
        default: return 0
        }
    }

    private static func isDottedAbbreviation(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        // "U.S" (the scanner stopped before the last dot) or a single capital letter followed by ".X."
        var letters = 0
        var index = start
        var sawDot = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") { sawDot = true } else if byte >= 0x41 && byte <= 0x5A { letters += 1 } else { return false }
            index += 1
        }
        return sawDot && letters >= 2
    }

    /// A dot between single capitals: "U.S", "U.K".
    private static func isAbbreviationDot(_ bytes: [UInt8], _ index: Int, wordStart: Int) -> Bool {
        func isCapital(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x41 && bytes[i] <= 0x5A }
        guard isCapital(index - 1), isCapital(index + 1) else { return false }
        let beforeIsBoundary = index - 1 == wordStart || bytes[index - 2] == UInt8(ascii: ".")
        let afterIsDot = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: ".")
        return beforeIsBoundary && afterIsDot
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Decodes one scalar; nil on malformed input.
    static func decode(_ bytes: [UInt8], _ index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
        else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
        else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
        else { return nil }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
