/// The text one analysis works on: the article's bytes, its words and where its sentences start.
///
/// Built once per article and shared by the extractors, so each rule can look at the words around a match
/// and at the punctuation between them without re-scanning the text.
struct AnalysisText: Sendable {
    let article: ArticleID
    let bytes: [UInt8]
    let words: [AnalysisWord]
    /// Byte offsets where sentences start, ascending.
    let sentenceStarts: [Int]
    /// For each word, the index of its sentence in `sentenceStarts`.
    let sentenceOfWord: [Int]

    /// Uses the Text stage's sentences when given; otherwise splits sentences with a simple rule of its own.
    init(article: ArticleID, text: String, sentences: [Sentence] = []) {
        self.article = article
        bytes = Array(text.utf8)
        words = WordScanner.words(in: bytes)
        var starts = sentences.isEmpty ? Self.fallbackSentenceStarts(bytes) : sentences.map(\.span.start)
        if starts.first != 0 { starts.insert(0, at: 0) }
        sentenceStarts = starts
        var sentenceIndex = 0
        var owners: [Int] = []
        owners.reserveCapacity(words.count)
        for word in words {
            while sentenceIndex + 1 < starts.count, starts[sentenceIndex + 1] <= word.start { sentenceIndex += 1 }
            owners.append(sentenceIndex)
        }
        sentenceOfWord = owners
    }

    /// The text of a byte range.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(article: article, start: start, end: end) }

    /// The bytes between word `index - 1` and word `index` (from the text start for the first word).
    func gap(before index: Int) -> ArraySlice<UInt8> {
        let from = index == 0 ? 0 : words[index - 1].end
        return bytes[from..<words[index].start]
    }

    /// Whether only spaces separate word `index - 1` from word `index` (no punctuation, no line break).
    func isPlainSpace(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let between = gap(before: index)
        return !between.isEmpty && between.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            || between.elementsEqual([0xC2, 0xA0])
    }

    /// Whether word `index` is the first word of its sentence.
    func isSentenceInitial(_ index: Int) -> Bool {
        index == 0 || sentenceOfWord[index] != sentenceOfWord[index - 1]
            || gap(before: index).contains(0x0A)
    }

    /// Index of the first word starting at or after `offset`.
    func firstWord(atOrAfter offset: Int) -> Int {
        words.partitionPoint { $0.start < offset }
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "prof", "sen", "rep", "gov", "jr", "sr",
        "inc", "ltd", "co", "corp", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    ]

    /// Sentence starts after ".", "!" or "?" (and any closing quotes) followed by a space, and after line breaks.
    static func fallbackSentenceStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x0A || bytes[next] == 0x20 { next += 1 }
                if next < bytes.count, starts.last != next { starts.append(next) }
                index = next
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var next = index + 1
                // Closing quotation marks belong to the sentence they end.
                while next < bytes.count {
                    if bytes[next] == 0x22 || bytes[next] == 0x27 { next += 1; continue }
                    if next + 2 < bytes.count, bytes[next] == 0xE2, bytes[next + 1] == 0x80,
                        bytes[next + 2] == 0x9D || bytes[next + 2] == 0x99 { next += 3; continue }
                    break
                }
                if next < bytes.count, bytes[next] == 0x20, !endsAbbreviation(bytes, index) {
                    var start = next
                    while start < bytes.count, bytes[start] == 0x20 { start += 1 }
                    if start < bytes.count, starts.last != start { starts.append(start) }
                    index = start
                    continue
                }
            }
            index += 1
        }
        return starts
    }

    private static func endsAbbreviation(_ bytes: [UInt8], _ dot: Int) -> Bool {
        var start = dot
        while start > 0, (bytes[start - 1] | 0x20) >= 0x61, (bytes[start - 1] | 0x20) <= 0x7A { start -= 1 }
        let word = String(decoding: bytes[start..<dot], as: UTF8.self).lowercased()
        if abbreviations.contains(word) { return true }
        // Initials ("George W. Bush") and "U.S." in mid-sentence: a single capital before the dot.
        return dot - start == 1 && bytes[start] >= 0x41 && bytes[start] <= 0x5A
    }
}
