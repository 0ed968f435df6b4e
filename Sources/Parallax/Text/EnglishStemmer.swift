/// The Porter2 (Snowball English) stemmer: "consigned" → "consign", "generously" → "generous".
///
/// Written from the published algorithm description, including its exceptional forms. Words with
/// characters outside ASCII are returned unchanged: the algorithm only knows English letters.
public enum EnglishStemmer {
    /// The stem of one word; upper-case ASCII letters are lowered first.
    public static func stem(_ word: String) -> String {
        var bytes: [UInt8] = []
        // Room for the "e" that steps 1b and 5 may add, so the stemmer never reallocates.
        bytes.reserveCapacity(word.utf8.count + 2)
        bytes.append(contentsOf: word.utf8)
        var lowered = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { return word }
            if byte >= 0x41 && byte <= 0x5A {
                bytes[index] = byte | 0x20
                lowered = true
            }
        }
        if let exception = Porter2Exceptions.wholeWord(bytes) { return exception }
        guard bytes.count > 2 else { return lowered ? String(decoding: bytes, as: UTF8.self) : word }
        var stemmer = Porter2Word(bytes)
        return String(decoding: stemmer.stemmed(), as: UTF8.self)
    }
}
