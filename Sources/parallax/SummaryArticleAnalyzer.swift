import Parallax

/// Stand-in for the Text stage until it lands: paragraphs, sentences at `.!?` before a capital, word tokens with Porter stems.
struct SummaryArticleAnalyzer {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "fig", "est", "approx",
    ]
    private static let stopWords: Set<String> = Set(
        ("a about above after again against all also am an and any are as at be because been before being below between both but by "
            + "can could did do does doing down during each few for from further had has have having he her here hers herself him himself "
            + "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours "
            + "ourselves out over own same she should so some such than that the their theirs them themselves then there these they this "
            + "those through to too under until up very was we were what when where which while who whom why will with would you your "
            + "yours yourself yourselves said says say")
            .split(separator: " ").map(String.init))
    private let stemmer = PorterStemmer()

    func analyze(_ article: Article) -> AnalyzedArticle {
        let bytes = Array(article.text.utf8)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var paragraph = 0
        var sentenceStart = 0
        var sentenceFirstToken = 0
        var index = 0
        func isAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80 }
        func closeSentence(at end: Int) {
            var start = sentenceStart
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x0A) { start += 1 }
            if start < end {
                sentences.append(Sentence(span: TextSpan(article: article.id, start: start, end: end), tokens: sentenceFirstToken..<tokens.count, paragraph: paragraph))
            }
            sentenceStart = end
            sentenceFirstToken = tokens.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            if isAlnum(byte) {
                let start = index
                while index < bytes.count && (isAlnum(bytes[index]) || ((bytes[index] == 0x27 || bytes[index] == 0x2E) && index + 1 < bytes.count && isAlnum(bytes[index + 1]) && bytes[index + 1] < 0x80)) { index += 1 }
                let raw = String(decoding: bytes[start..<index], as: UTF8.self)
                let lower = raw.lowercased()
                let isNumber = bytes[start] >= 48 && bytes[start] <= 57
                let plain = String(lower.unicodeScalars.filter { ($0.value >= 97 && $0.value <= 122) || ($0.value >= 48 && $0.value <= 57) })
                tokens.append(Token(
                    start: start, end: index, kind: isNumber ? .number : .word, normalized: lower,
                    stem: plain.count > 2 ? stemmer.stem(plain) : plain, isStopWord: Self.stopWords.contains(lower),
                    isCapitalized: bytes[start] >= 65 && bytes[start] <= 90))
                continue
            }
            if byte == 0x0A {
                closeSentence(at: index)
                while index < bytes.count && bytes[index] == 0x0A { index += 1 }
                paragraph += 1
                sentenceStart = index
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < bytes.count && (bytes[end] == 0x22 || bytes[end] == 0x27 || bytes[end] == 0x29 || (bytes[end] >= 0x80 && bytes[end] != 0xE2) || (bytes[end] == 0xE2 && end + 2 < bytes.count && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99))) { end += bytes[end] == 0xE2 ? 3 : 1 }
                var next = end
                while next < bytes.count && bytes[next] == 0x20 { next += 1 }
                let previousWord = tokens.last.map { $0.normalized } ?? ""
                let boundary = next > end && next < bytes.count
                    && ((bytes[next] >= 65 && bytes[next] <= 90) || bytes[next] == 0x22 || bytes[next] == 0xE2 || (bytes[next] >= 48 && bytes[next] <= 57))
                let abbreviation = byte == UInt8(ascii: ".") && tokens.last?.end == index
                    && (Self.abbreviations.contains(previousWord) || (previousWord.count == 1))
                if boundary && !abbreviation {
                    tokens.append(Token(start: index, end: index + 1, kind: .punctuation, normalized: ".", stem: ".", isStopWord: false, isCapitalized: false))
                    closeSentence(at: end)
                    index = end
                    continue
                }
            }
            if byte != 0x20 {
                tokens.append(Token(start: index, end: index + 1, kind: .punctuation, normalized: String(UnicodeScalar(byte)), stem: "", isStopWord: false, isCapitalized: false))
            }
            index += 1
        }
        closeSentence(at: bytes.count)
        return AnalyzedArticle(article: article, tokens: tokens, sentences: sentences, entities: [], quotes: [], numbers: [], dates: [])
    }
}
