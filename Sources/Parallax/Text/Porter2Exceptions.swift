/// The exceptional forms of the Porter2 algorithm, kept as data.
enum Porter2Exceptions {
    /// Whole words with a fixed stem, checked before any step ("skies" → "sky", "news" stays).
    static let wholeWords: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    /// Words left as they are once step 1a has run ("inning" is not "inn" + "ing").
    static let afterStep1a: Set<[UInt8]> = Set(
        ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"].map { Array($0.utf8) })

    /// Prefixes after which R1 begins, overriding the usual rule ("generate" keeps "gener").
    static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen"].map { Array($0.utf8) }
}
