/// Small string helpers for the extractors; a namespace rather than `String` extensions so they cannot clash
/// with helpers other stages add to the same module.
enum ExtractionText {
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// `text` without leading and trailing spaces, tabs and line ends.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isASCIIWhitespace($0) }),
              let last = utf8.lastIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// `text` without the given characters at either end.
    static func trimmed(_ text: String, removing characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Runs of whitespace (including non-breaking spaces) collapsed to one space, ends trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapsingWhitespace($0, 0..<$0.count) }
    }

    /// `collapsingWhitespace` of the valid UTF-8 in `range`, read byte by byte: only a non-ASCII scalar is decoded
    /// to ask Unicode whether it is whitespace (a scalar-by-scalar pass cost a property lookup per letter).
    static func collapsingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let end = min(index + length, range.upperBound)
            let isSpace: Bool
            if length == 1 {
                isSpace = isASCIIWhitespace(byte)
            } else {
                var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for next in (index + 1)..<end { scalar = scalar << 6 | UInt32(bytes[next] & 0x3F) }
                let decoded = Unicode.Scalar(scalar)
                isSpace = decoded.map { $0.properties.isWhitespace || $0 == "\u{200B}" } ?? false
            }
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            }
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of space-separated words.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Lowercased, for marker comparison.
    static func folded(_ text: String) -> String { text.lowercased() }

    /// Whether the paragraph ends like a sentence (period, ! or ?, possibly inside closing quotes or brackets).
    static func endsLikeSentence(_ text: String) -> Bool {
        let stripped = trimmed(text, removing: "\"'”’)]» ")
        guard let last = stripped.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
    }

    /// Whether the paragraph ends with a truncation mark ("…" or "...").
    static func endsWithEllipsis(_ text: String) -> Bool {
        let stripped = trimmed(text, removing: "\"'”’)] ")
        return stripped.hasSuffix("…") || stripped.hasSuffix("...")
    }
}
