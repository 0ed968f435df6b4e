/// Pairs quotation marks over UTF-8 bytes: “…”, "…", «…», „…“, ‘…’ and '…', telling apostrophes
/// ("Putin’s", "countries’") from closing single quotes by what surrounds them.
///
/// Straight double quotes open after a space or line start and close otherwise, so mixed marks from
/// careless editing (“…," then "…”) still pair. An unclosed quote is dropped at the paragraph end, unless the
/// next paragraph opens with a quotation mark: the convention for a quotation running over paragraphs.
enum QuoteMarkScanner {
    private enum Mark { case doubleOpen, doubleClose, doubleEither, singleOpen, singleClose, singleEither }

    static func passages(in bytes: [UInt8]) -> [QuotedPassage] {
        var passages: [QuotedPassage] = []
        var doubleOpen: (start: Int, content: Int)?
        var singleOpen: (start: Int, content: Int)?
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if let open = doubleOpen ?? singleOpen, nextParagraphOpensQuote(bytes, after: index) {
                    append(&passages, bytes, open.start, open.content, index, index)
                }
                doubleOpen = nil
                singleOpen = nil
                index += 1
                continue
            }
            guard let (mark, length) = mark(bytes, index) else { index += 1; continue }
            let afterSpace = index == 0 || isOpeningContext(bytes[index - 1])
            switch mark {
            case .doubleOpen:
                doubleOpen = (index, index + length)
                singleOpen = nil
            case .doubleClose:
                if let open = doubleOpen {
                    append(&passages, bytes, open.start, open.content, index, index + length)
                    doubleOpen = nil
                    singleOpen = nil
                }
            case .doubleEither:
                if let open = doubleOpen, afterSpace, closesAfterSpace(bytes, index, length) {
                    append(&passages, bytes, open.start, open.content, index, index + length)
                    doubleOpen = nil
                    singleOpen = nil
                } else if afterSpace || doubleOpen == nil && !followsWord(bytes, index) {
                    doubleOpen = (index, index + length)
                    singleOpen = nil
                } else if let open = doubleOpen {
                    append(&passages, bytes, open.start, open.content, index, index + length)
                    doubleOpen = nil
                    singleOpen = nil
                }
            case .singleOpen, .singleEither:
                // Single quotes matter only outside double ones (inside, they are part of the quotation).
                let next = index + length
                let opensWord = next < bytes.count && WordScanner.wordCharacter(bytes, next).0
                if doubleOpen == nil, afterSpace, opensWord { singleOpen = (index, next) }
            case .singleClose:
                let next = index + length
                let insideWord = next < bytes.count && WordScanner.wordCharacter(bytes, next).0
                if doubleOpen == nil, !insideWord, let open = singleOpen, !afterSpace {
                    append(&passages, bytes, open.start, open.content, index, next)
                    singleOpen = nil
                }
            }
            index += length
        }
        return passages
    }

    private static func mark(_ bytes: [UInt8], _ index: Int) -> (Mark, Int)? {
        switch bytes[index] {
        case 0x22: return (.doubleEither, 1)
        case 0x27:
            // A straight apostrophe between letters is part of a word ("isn't").
            let previousIsWord = index > 0 && WordScanner.wordCharacter(bytes, index - 1).0
            let nextIsWord = index + 1 < bytes.count && WordScanner.wordCharacter(bytes, index + 1).0
            if previousIsWord && nextIsWord { return nil }
            return previousIsWord || (index > 0 && isClosingPunctuation(bytes[index - 1])) ? (.singleClose, 1) : (.singleEither, 1)
        case 0xC2 where index + 1 < bytes.count:
            if bytes[index + 1] == 0xAB { return (.doubleOpen, 2) }
            if bytes[index + 1] == 0xBB { return (.doubleClose, 2) }
            return nil
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            switch bytes[index + 2] {
            case 0x9C, 0x9E: return (.doubleOpen, 3)
            case 0x9D: return (.doubleClose, 3)
            case 0x98: return (.singleOpen, 3)
            case 0x99: return (.singleClose, 3)
            default: return nil
            }
        default: return nil
        }
    }

    private static func isOpeningContext(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
           
            || byte == 0x94 || byte == 0x93 || byte == 0xA0
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Whether a straight double quote typed after a space closes the open quotation: it follows the
    /// quotation's final punctuation (`wrong. "Next`, `so, " he said`) or stands alone between spaces.
    /// Quotation marks alternate, so an open quotation is closed before another opens.
    private static func closesAfterSpace(_ bytes: [UInt8], _ index: Int, _ length: Int) -> Bool {
        let next = index + length
        if next >= bytes.count || bytes[next] == 0x20 || bytes[next] == 0x0A { return true }
        var previous = index - 1
        while previous >= 0, bytes[previous] == 0x20 { previous -= 1 }
        return previous >= 0 && isClosingPunctuation(bytes[previous])
    }

    private static func followsWord(_ bytes: [UInt8], _ index: Int) -> Bool {
        index > 0 && (WordScanner.wordCharacter(bytes, index - 1).0 || isClosingPunctuation(bytes[index - 1]))
    }

    private static func nextParagraphOpensQuote(_ bytes: [UInt8], after newline: Int) -> Bool {
        var index = newline
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, let (mark, _) = mark(bytes, index) else { return false }
        return mark == .doubleOpen || mark == .doubleEither
    }

    private static func append(_ passages: inout [QuotedPassage], _ bytes: [UInt8], _ open: Int, _ content: Int,
                               _ contentEnd: Int, _ closeEnd: Int) {
        var start = content
        var end = contentEnd
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        guard (start..<end).contains(where: { WordScanner.wordCharacter(bytes, $0).0 && bytes[$0] >= 0x41 }) else { return }
        passages.append(QuotedPassage(openStart: open, contentStart: start, contentEnd: end, closeEnd: closeEnd))
    }
}
