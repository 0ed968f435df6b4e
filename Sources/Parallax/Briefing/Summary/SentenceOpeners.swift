/// Words that open a sentence leaning on the one before it ("He said…", "However, …", "This movement…"):
/// out of its article such a sentence reads as a dangling reference, so the summary leaves it out.
enum SentenceOpeners {
    static let dangling: Set<String> = [
        "he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "these", "those", "that",
        "however", "but", "and", "also", "meanwhile", "moreover", "furthermore", "nevertheless", "still",
        "yet", "thus", "therefore", "so", "then", "instead", "besides", "otherwise", "there",
    ]

    /// Whether the sentence's last word is a short capitalized abbreviation ("Spc.", "Gen.") that the
    /// sentence splitter took for a full stop: the sentence and the next one are then halves of one sentence.
    static func endsInAbbreviation(_ lastWord: Token?, text: String) -> Bool {
        guard let lastWord, lastWord.isCapitalized, lastWord.kind == .word else { return false }
        let letters = lastWord.normalized.utf8
        guard (2...3).contains(letters.count), text.utf8.last == UInt8(ascii: ".") else { return false }
        // All-capital words ("US", "UN") end sentences; title-case short words rarely do.
        let bytes = text.utf8
        let start = bytes.index(bytes.endIndex, offsetBy: -(letters.count + 1))
        return bytes[start...].dropFirst().dropLast().contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
}
