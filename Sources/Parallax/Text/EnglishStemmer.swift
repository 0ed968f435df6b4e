/// The Porter2 (Snowball English) stemmer: "consigned" → "consign", "generously" → "generous".
///
/// Written from the published algorithm description, including its exceptional forms. Words with
/// characters outside ASCII are returned unchanged: the algorithm only knows English letters.
package enum EnglishStemmer {
    /// The stem of one word; upper-case ASCII letters are lowered first.
    package static func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // The steps add at most one letter; two spare bytes keep every write in bounds.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { storage in
                let buffer = Porter2Buffer(storage: storage, copying: bytes)
                for index in 0..<buffer.count where buffer[index] >= 0x41 && buffer[index] <= 0x5A {
                    buffer[index] |= 0x20
                }
                if let exception = Porter2Exceptions.wholeWord(buffer) { return exception }
                guard buffer.count > 2 else { return String(decoding: buffer.bytes, as: UTF8.self) }
                var stemmer = Porter2Word(buffer)
                return String(decoding: stemmer.stemmed(), as: UTF8.self)
            }
        } ?? word
    }
}
