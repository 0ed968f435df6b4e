/// The tokenizer's single pass over one text's UTF-8 bytes.
struct TokenScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var tokens: [Token] = []
    private var scratch: [UInt8] = []
    /// Stems and stop-word flags by normalized word: news text repeats its words, and stemming is the costly part.
    private var lexicon: LexiconTable

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Sized so a news article rarely makes the table grow: about one distinct word per 16 bytes.
        lexicon = LexiconTable(expectedWords: bytes.count / 16)
    }

    mutating func run() -> [Token] {
        let count = bytes.count
        tokens.reserveCapacity(count / 5)
        var index = 0
        while index < count {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            switch ScalarClass.of(value) {
            case .space, .format, .mark:
                index += length
            case .letter:
                index = scanWord(from: index)
            case .ideograph:
                emit(index, index + length, .word)
                index += length
            case .digit:
                index = scanNumber(from: index)
            case .symbol:
                index = scanSymbol(from: index, first: value, length: length)
            case .apostrophe, .hyphen, .period, .punctuation:
                emit(index, index + length, .punctuation)
                index += length
            }
        }
        return tokens
    }

    // MARK: Words

    private mutating func scanWord(from start: Int) -> Int {
        if let end = dottedAbbreviationEnd(from: start) {
            emit(start, end, .word)
            return end
        }
        let end = wordEnd(from: start)
        emit(start, end, .word)
        return end
    }

    /// The end of a run of letters, digits and marks, joined across an apostrophe or a format character
    /// followed by a letter ("isn't", "Russia’s") and a hyphen followed by a letter or digit ("two-day", "COVID-19").
    private func wordEnd(from start: Int) -> Int {
        let count = bytes.count
        var index = start
        while index < count {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            let kind = ScalarClass.of(value)
            switch kind {
            case .letter, .digit, .mark:
                index += length
            case .apostrophe, .hyphen, .format:
                guard index + length < count else { return index }
                let next = ScalarClass.of(UTF8Scalar.decode(bytes, at: index + length).value)
                guard next == .letter || (kind == .hyphen && next == .digit) else { return index }
                index += length
            default:
                return index
            }
        }
        return index
    }

    /// The end of an abbreviation written as single letters each followed by a period ("U.S.", "e.g."), or nil.
    private func dottedAbbreviationEnd(from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        var letters = 0
        while index < count {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            guard ScalarClass.of(value) == .letter, index + length < count, bytes[index + length] == 0x2E else { break }
            letters += 1
            index += length + 1
        }
        guard letters >= 2 else { return nil }
        if index < count {
            let next = ScalarClass.of(UTF8Scalar.decode(bytes, at: index).value)
            // "U.S.A" without its last period is not a clean abbreviation: leave it to the plain rules.
            if next == .letter || next == .digit || next == .mark { return nil }
        }
        return index
    }

    // MARK: Numbers

    private mutating func scanNumber(from start: Int) -> Int {
        let count = bytes.count
        var index = digitsEnd(from: start)
        var hasSeparators = false
        while index < count {
            let byte = bytes[index]
            if byte == 0x2C, isThousandsGroup(at: index + 1) {
                index += 4
                hasSeparators = true
            } else if byte == 0x2E, index + 1 < count, isASCIIDigit(bytes[index + 1]) {
                index = digitsEnd(from: index + 1)
                hasSeparators = true
            } else {
                break
            }
        }
        if index < count {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            let kind = ScalarClass.of(value)
            // "1st", "5G", "12-point" are words; "240.1bn" stays a number followed by a word.
            let continuesAsWord: Bool
            if kind == .letter {
                continuesAsWord = !hasSeparators
            } else if kind == .hyphen, index + length < count {
                continuesAsWord = ScalarClass.of(UTF8Scalar.decode(bytes, at: index + length).value) == .letter
            } else {
                continuesAsWord = false
            }
            if continuesAsWord {
                let end = wordEnd(from: index)
                emit(start, end, .word)
                return end
            }
        }
        emit(start, index, .number)
        return index
    }

    private func digitsEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            guard ScalarClass.of(value) == .digit else { break }
            index += length
        }
        return index
    }

    /// Three ASCII digits at `index` not followed by a fourth: the group after a thousands comma.
    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 2 < bytes.count,
            isASCIIDigit(bytes[index]), isASCIIDigit(bytes[index + 1]), isASCIIDigit(bytes[index + 2])
        else { return false }
        return index + 3 >= bytes.count || !isASCIIDigit(bytes[index + 3])
    }

    @inline(__always)
    private func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: Symbols

    /// One symbol, with the scalars that only modify it (emoji variation selectors, skin tones, tags,
    /// zero-width-joined sequences, flag pairs), so an emoji is one token.
    private mutating func scanSymbol(from start: Int, first: UInt32, length: Int) -> Int {
        let count = bytes.count
        var index = start + length
        if (0x1F1E6...0x1F1FF).contains(first), index < count {
            let (value, nextLength) = UTF8Scalar.decode(bytes, at: index)
            if (0x1F1E6...0x1F1FF).contains(value) { index += nextLength }
        }
        while index < count {
            let (value, nextLength) = UTF8Scalar.decode(bytes, at: index)
            if value == 0xFE0E || value == 0xFE0F || value == 0x20E3
                || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value)
            {
                index += nextLength
            } else if value == 0x200D, index + nextLength < count,
                ScalarClass.of(UTF8Scalar.decode(bytes, at: index + nextLength).value) == .symbol
            {
                index += nextLength + UTF8Scalar.decode(bytes, at: index + nextLength).length
            } else {
                break
            }
        }
        emit(start, index, .symbol)
        return index
    }

    // MARK: Output

    private mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
        let (normalized, hash) = normalize(start, end)
        var stem = normalized
        var isStopWord = false
        var isCapitalized = false
        if kind == .word {
            let lexeme = lookUp(normalized, hash: hash)
            stem = lexeme.stem
            isStopWord = lexeme.isStopWord
            isCapitalized = ScalarClass.isUppercase(UTF8Scalar.decode(bytes, at: start).value)
        }
        tokens.append(Token(
            start: start, end: end, kind: kind, normalized: normalized, stem: stem,
            isStopWord: isStopWord, isCapitalized: isCapitalized))
    }

    private mutating func lookUp(_ normalized: String, hash: UInt64) -> Lexeme {
        lexicon.lexeme(for: normalized, hash: hash) { word in
            Lexeme(stem: EnglishStemmer.stem(word), isStopWord: StopWords.contains(word, hash: hash))
        }
    }

    /// Lower case, with typographic apostrophes folded to ' and dashes to -; with the hash of its bytes.
    private mutating func normalize(_ start: Int, _ end: Int) -> (String, UInt64) {
        var isASCII = true
        for index in start..<end where bytes[index] >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            var hash = LexiconTable.emptyHash
            let string = String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end {
                    let byte = bytes[index]
                    let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                    buffer[index - start] = lowered
                    hash = LexiconTable.hash(hash, lowered)
                }
                return end - start
            }
            return (string, hash)
        }
        scratch.removeAll(keepingCapacity: true)
        var index = start
        while index < end {
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            switch value {
            case 0x41...0x5A:
                scratch.append(UInt8(value) | 0x20)
            case 0x2018, 0x2019, 0x02BC:
                scratch.append(0x27)
            case 0x2010...0x2015, 0x2212:
                scratch.append(0x2D)
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
                break  // invisible soft hyphens and joiners would make equal words compare unequal
            default:
                if value >= 0x80, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                    scratch.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
            }
            index += length
        }
        return (String(decoding: scratch, as: UTF8.self), scratch.reduce(LexiconTable.emptyHash, LexiconTable.hash))
    }
}
