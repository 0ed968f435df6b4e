/// Cuts sentences into statements: a sentence, or its clauses when it joins two claims
/// (", while ...", "; ...", ", which ...", ", and" + a subject).
struct ClauseSplitter: Sendable {
    let lexicon: AlignmentLexicon
    /// The fewest words each side of a cut needs, so that short asides stay with their sentence.
    let minClauseWords = 4
    static let closingMarks: Set<String> = ["\"", "”", "’", "'", "»"]

    func statements(of article: AnalyzedArticle, index articleIndex: Int) -> [StatementUnit] {
        var units: [StatementUnit] = []
        for (sentenceIndex, sentence) in article.sentences.enumerated() {
            // Titles, headings and teasers cut short ("… a move that…") do not end like a sentence.
            let headline = !endsLikeProse(sentence, in: article)
            let boilerplate = isBoilerplate(article.article.text(of: sentence.span))
            for range in clauses(of: sentence, in: article) {
                guard let span = span(of: range, sentence: sentence, in: article) else { continue }
                let words = article.tokens[range].filter { $0.kind == .word || $0.kind == .number }.count
                units.append(StatementUnit(
                    article: articleIndex, sentence: sentenceIndex, tokens: range,
                    statement: Statement(span: span, text: article.article.text(of: span)),
                    wordCount: words, isHeadline: headline, isBoilerplate: boilerplate))
            }
        }
        return units
    }

    /// Token ranges of the clauses of one sentence.
    func clauses(of sentence: Sentence, in article: AnalyzedArticle) -> [Range<Int>] {
        let tokens = article.tokens
        var cuts: [(end: Int, start: Int)] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            let token = tokens[index]
            if token.kind == .punctuation, token.normalized == ";" {
                cuts.append((index, index + 1))
            } else if token.kind == .punctuation, token.normalized == ",", index + 1 < sentence.tokens.upperBound {
                // A closing quotation mark after the comma belongs to the first clause: `history," and alluded`.
                var after = index + 1
                while after + 1 < sentence.tokens.upperBound, Self.closingMarks.contains(tokens[after].normalized) { after += 1 }
                let cutEnd = after == index + 1 ? index : after
                let next = tokens[after]
                let afterNext = after + 1 < sentence.tokens.upperBound ? tokens[after + 1].normalized : ""
                // ", while", ", which", and with one word between: ", even while", ", during which".
                if lexicon.clauseJoints.contains(next.normalized) || (next.kind == .word && lexicon.clauseJoints.contains(afterNext)) {
                    cuts.append((cutEnd, after))
                } else if lexicon.coordinators.contains(next.normalized), after + 1 < sentence.tokens.upperBound {
                    let subject = tokens[after + 1]
                    // A subject opens a new claim; so does a verb in the past tense (", and alluded to ...").
                    if subject.kind == .word, subject.isCapitalized || lexicon.subjectWords.contains(subject.normalized)
                        || (subject.normalized.hasSuffix("ed") && subject.normalized.utf8.count > 4) {
                        cuts.append((cutEnd, after + 1))
                    }
                }
            }
            index += 1
        }
        var ranges: [Range<Int>] = []
        var start = sentence.tokens.lowerBound
        for cut in cuts {
            let left = start..<cut.end
            let right = cut.start..<sentence.tokens.upperBound
            guard wordCount(left, tokens) >= minClauseWords, wordCount(right, tokens) >= minClauseWords else { continue }
            ranges.append(left)
            start = cut.start
        }
        ranges.append(start..<sentence.tokens.upperBound)
        return ranges.filter { !$0.isEmpty }
    }

    private func wordCount(_ range: Range<Int>, _ tokens: [Token]) -> Int {
        tokens[range].filter { $0.kind == .word || $0.kind == .number }.count
    }

    /// The span of a clause: its first token to its last, or to the sentence end for the last clause.
    private func span(of range: Range<Int>, sentence: Sentence, in article: AnalyzedArticle) -> TextSpan? {
        guard !range.isEmpty else { return nil }
        let first = range.lowerBound
        let start = article.tokens[first].start
        let end = range.upperBound == sentence.tokens.upperBound ? sentence.span.end : article.tokens[range.upperBound - 1].end
        guard start < end else { return nil }
        return TextSpan(article: article.id, start: max(start, sentence.span.start), end: end)
    }

    private func endsLikeProse(_ sentence: Sentence, in article: AnalyzedArticle) -> Bool {
        let text = article.article.text(of: sentence.span)
        let closers: Set<Character> = ["\"", "”", "’", "'", ")", " ", "\n"]
        guard let last = text.last(where: { !closers.contains($0) }) else { return false }
        // A trailing ellipsis marks a teaser cut short, not a sentence.
        return last == "." || last == "!" || last == "?"
    }

    private func isBoilerplate(_ text: String) -> Bool {
        let lower = text.lowercased()
        let bytes = Self.isPlainScan(lower) ? Array(lower.utf8) : nil
        return lexicon.boilerplateMarkers.contains { Self.contains(lower, bytes, $0) }
    }

    /// Whether a byte search finds what Foundation's search finds: ASCII, plus punctuation and symbols
    /// (curly quotes, dashes, no-break space) that neither combine with a letter nor decompose into ASCII.
    private static func isPlainScan(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x80 || (0xA0...0xBF).contains(scalar.value) || (0x2010...0x2027).contains(scalar.value)
                || (0x2030...0x205E).contains(scalar.value)
        }
    }

    /// `text.contains(marker)`: a byte scan when `isPlainScan(text)` gave `bytes` and the marker is ASCII,
    /// Foundation's search otherwise.
    private static func contains(_ text: String, _ bytes: [UInt8]?, _ marker: String) -> Bool {
        let needle = marker.utf8
        guard let bytes, needle.allSatisfy({ $0 < 0x80 }), let first = needle.first else {
            return text.contains(marker)
        }
        let pattern = Array(needle)
        guard bytes.count >= pattern.count else { return false }
        return bytes.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { marker in
                var start = 0
                while start <= text.count - marker.count {
                    if text[start] == first {
                        var offset = 1
                        while offset < marker.count, text[start + offset] == marker[offset] { offset += 1 }
                        if offset == marker.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
