/// A word of an article as the analysis sees it: letters and digits joined by inner hyphens, apostrophes,
/// and decimal points or thousands separators between digits ("two-day", "Putin’s", "240.1", "U.S.").
struct AnalysisWord: Hashable, Sendable {
    /// UTF-8 offsets into the article text.
    let start: Int
    let end: Int
    /// The word as written.
    let text: String
    /// Lowercased, with ’ folded to '.
    let lower: String
    /// Whether the first letter is upper case.
    let isCapitalized: Bool
    /// Whether the word starts with a digit.
    let startsWithDigit: Bool

    /// The word without a possessive ending ("Putin’s" → "Putin"), and the byte length kept.
    var withoutPossessive: (text: String, end: Int) {
        if lower.hasSuffix("'s"), lower.count > 2 {
            let cut = text.hasSuffix("’s") || text.hasSuffix("’S") ? 4 : 2
            return (String(decoding: Array(text.utf8).dropLast(cut), as: UTF8.self), end - cut)
        }
        if lower.hasSuffix("s'"), text.utf8.count > 2 {
            let cut = text.hasSuffix("’") ? 3 : 1
            return (String(decoding: Array(text.utf8).dropLast(cut), as: UTF8.self), end - cut)
        }
        return (text, end)
    }

    /// Whether the word ends with a possessive ("’s"), which ends a name.
    var isPossessive: Bool { lower.hasSuffix("'s") && lower.count > 2 }

    /// Whether every letter is upper case and there are at least two ("NATO", "U.S.").
    var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
