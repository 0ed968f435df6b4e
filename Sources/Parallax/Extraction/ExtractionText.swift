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
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The number of space-separated words.
    static func wordCount(_ text: String) -> Int {
        text.split(separator: " ", omittingEmptySubsequences: true).count
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
