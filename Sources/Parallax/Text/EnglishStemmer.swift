/// The Porter2 (Snowball English) stemmer: "consigned" → "consign", "generously" → "generous".
///
/// Written from the published algorithm description, including its exceptional forms. Words with
/// characters outside ASCII are returned unchanged: the algorithm only knows English letters.
public enum EnglishStemmer {
    /// The stem of one word; upper-case ASCII letters are lowered first.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return word }
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A {
            bytes[index] |= 0x20
        }
        let lowered = String(decoding: bytes, as: UTF8.self)
        if let exception = Porter2Exceptions.wholeWords[lowered] { return exception }
        guard bytes.count > 2 else { return lowered }
        var stemmer = Porter2Word(bytes)
        return String(decoding: stemmer.stemmed(), as: UTF8.self)
    }
}
