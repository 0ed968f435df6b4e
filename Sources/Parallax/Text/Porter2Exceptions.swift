/// The exceptional forms of the Porter2 algorithm, kept as data.
enum Porter2Exceptions {
    /// Whole words with a fixed stem, checked before any step ("skies" → "sky", "news" stays).
    static let wholeWords: [(word: [UInt8], stem: String)] = [
        ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
        ("singly", "singl"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
        ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Words left as they are once step 1a has run ("inning" is not "inn" + "ing").
    static let afterStep1a: [[UInt8]] =
        ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"].map { Array($0.utf8) }

    /// Prefixes after which R1 begins, overriding the usual rule ("generate" keeps "gener").
    static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen"].map { Array($0.utf8) }

    /// The fixed stem of an exceptional word. A short scan: the list is tiny and most words fail on length.
    static func wholeWord(_ word: Porter2Buffer) -> String? {
        guard word.count >= 3, word.count <= 6 else { return nil }
        return wholeWords.first { word.equals($0.word) }?.stem
    }

    /// The special R1 prefix the word starts with, if any; most words fail on their first letter.
    static func regionPrefix(of word: Porter2Buffer) -> [UInt8]? {
        guard let first = word.first, first == UInt8(ascii: "g") || first == UInt8(ascii: "c") || first == UInt8(ascii: "a")
        else { return nil }
        return regionPrefixes.first { word.starts(with: $0) }
    }

    static func isInvariantAfterStep1a(_ word: Porter2Buffer) -> Bool {
        guard word.count == 6 || word.count == 7 else { return false }
        return afterStep1a.contains { word.equals($0) }
    }
}
