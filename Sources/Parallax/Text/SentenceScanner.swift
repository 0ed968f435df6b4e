/// The splitter's single pass over one text's tokens.
struct SentenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let article: ArticleID
    let configuration: SentenceSplitter.Configuration

    func run() -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var first = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var breaks = false
            if let end = terminalRunEnd(from: index) {
                last = end
                breaks = endsSentence(terminalAt: index, runEnd: end)
            }
            let lineBreaks = last + 1 < tokens.count ? lineBreaksBetween(tokens[last].end, tokens[last + 1].start) : 0
            if breaks || lineBreaks > 0 || last + 1 == tokens.count {
                sentences.append(Sentence(
                    span: TextSpan(article: article, start: tokens[first].start, end: tokens[last].end),
                    tokens: first..<(last + 1), paragraph: paragraph))
                first = last + 1
                if lineBreaks > 1 { paragraph += 1 }
            }
            index = last + 1
        }
        return sentences
    }

    // MARK: Terminal punctuation

    /// When the token at `index` may end a sentence (". ! ? …" or a dotted abbreviation like "U.S."),
    /// the last token of the run it starts: further terminal marks and closing quotes or brackets written
    /// against it belong to the same sentence ("history.”").
    private func terminalRunEnd(from index: Int) -> Int? {
        let token = tokens[index]
        guard isTerminalMark(token) || isDottedWord(token) else { return nil }
        var end = index
        while end + 1 < tokens.count, tokens[end + 1].start == tokens[end].end,
            isTerminalMark(tokens[end + 1]) || isClosingMark(tokens[end + 1])
        {
            end += 1
        }
        return end
    }

    /// The scalar of a one-scalar punctuation token; punctuation tokens always hold exactly one.
    private func punctuationScalar(_ token: Token) -> UInt32? {
        guard token.kind == .punctuation else { return nil }
        return UTF8Scalar.decode(bytes, at: token.start).value
    }

    private func isTerminalMark(_ token: Token) -> Bool {
        switch punctuationScalar(token) {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    /// Full stops of Chinese and Japanese, which need no space after them.
    private func isIdeographicStop(_ token: Token) -> Bool {
        switch punctuationScalar(token) {
        case 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    private func isClosingMark(_ token: Token) -> Bool {
        switch punctuationScalar(token) {
        case 0x22, 0x201D, 0x27, 0x2019, 0xBB, 0x203A, 0x29, 0x5D, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    private func isOpeningMark(_ token: Token) -> Bool {
        switch punctuationScalar(token) {
        case 0x22, 0x201C, 0x27, 0x2018, 0xAB, 0x2039, 0x28, 0x5B, 0x300C, 0x300E, 0xFF08: return true
        default: return false
        }
    }

    /// A word ending in its own period: a dotted abbreviation such as "U.S.".
    private func isDottedWord(_ token: Token) -> Bool {
        token.kind == .word && bytes[token.end - 1] == UInt8(ascii: ".")
    }

    /// Whether the sentence ends after the terminal run `start...runEnd`.
    private func endsSentence(terminalAt start: Int, runEnd: Int) -> Bool {
        let mark = tokens[start]
        // CJK full stops need no space after them.
        if isIdeographicStop(mark) { return true }
        guard runEnd + 1 < tokens.count else { return true }
        let next = tokens[runEnd + 1]
        guard next.start > tokens[runEnd].end else { return false }
        guard next.isCapitalized || next.kind == .number || isOpeningMark(next) else { return false }

        if isDottedWord(mark) {
            let name = mark.normalized
            if configuration.neverFinal.contains(name) { return false }
            return opensSentence(next)
        }
        guard bytes[mark.start] == UInt8(ascii: "."), start > 0, tokens[start - 1].end == mark.start,
            tokens[start - 1].kind == .word
        else { return true }
        let word = tokens[start - 1]
        if configuration.neverFinal.contains(word.normalized) { return false }
        if configuration.beforeNumbers.contains(word.normalized) { return next.kind != .number }
        if configuration.ambiguous.contains(word.normalized) || isInitial(word) { return opensSentence(next) }
        return true
    }

    /// A single upper-case letter: an initial, as in "John F. Kennedy".
    private func isInitial(_ word: Token) -> Bool {
        guard word.isCapitalized else { return false }
        return UTF8Scalar.decode(bytes, at: word.start).length == word.end - word.start
    }

    /// A capitalized function word longer than one letter ("The", "He", "But"): after an ambiguous
    /// abbreviation it signals a new sentence, where a capitalized name ("U.S. Treasury") does not.
    private func opensSentence(_ token: Token) -> Bool {
        if isOpeningMark(token) || token.kind == .number { return false }
        return token.kind == .word && token.isCapitalized && token.isStopWord && token.end - token.start > 1
    }

    // MARK: Line breaks

    /// Line breaks in the gap between two tokens; two or more mean a blank line (a new paragraph).
    private func lineBreaksBetween(_ start: Int, _ end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x0A:
                count += 1
            case 0x0D:
                if index + 1 >= end || bytes[index + 1] != 0x0A { count += 1 }
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80:
                if bytes[index + 2] == 0xA8 { count += 1 }  // U+2028 line separator
                if bytes[index + 2] == 0xA9 { count += 2 }  // U+2029 paragraph separator
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0x85:
                count += 1  // U+0085 next line
            default:
                break
            }
            index += 1
        }
        return count
    }
}
