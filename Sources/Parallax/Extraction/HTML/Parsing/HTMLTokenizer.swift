/// Splits UTF-8 bytes into HTML tokens: forgiving, one forward pass, never reads past the end.
///
/// Every malformed construct has a defined reading: a `<` that cannot start markup is text, an
/// unterminated comment runs to the end, a tag cut off by the end of input is dropped. The
/// contents of script, style, textarea, title (and the other raw-text elements) are not parsed as tags.
struct HTMLTokenizer {
    /// More attributes on one tag are dropped, keeping the duplicate check linear.
    static let maxAttributes = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private let recognizesRawText: Bool
    /// Set after a raw-text start tag: the closing name to look for, and whether references decode.
    private var rawText: (name: [UInt8], decodes: Bool)?
    private var scratch: [UInt8] = []
    /// The tag names met so far, numbered.
    private var tagNames = HTMLTagNames()
    /// Whether an attribute's value is wanted; others are kept with an empty value, saving their decoding.
    private let decodesValue: (String) -> Bool

    /// `recognizesRawText` is false for XML (feeds), where `<title>` holds markup-free text or CDATA.
    init(bytes: UnsafeBufferPointer<UInt8>, recognizesRawText: Bool = true, decodesValue: @escaping (String) -> Bool = { _ in true }) {
        self.bytes = bytes
        self.recognizesRawText = recognizesRawText
        self.decodesValue = decodesValue
    }

    mutating func next() -> HTMLToken {
        while true {
            if let raw = rawText {
                rawText = nil
                let start = position
                position = rawTextEnd(from: start, name: raw.name)
                if position > start { return .text(start..<position, decodes: raw.decodes) }
            }
            guard position < bytes.count else { return .end }
            if bytes[position] == 0x3C && startsMarkup(at: position) {
                if let token = markup() { return token }
                continue
            }
            return .text(scanText(), decodes: true)
        }
    }

    // MARK: Text

    private mutating func scanText() -> Range<Int> {
        let start = position
        var index = position + 1
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x3C && startsMarkup(at: index) { break }
            index += 1
        }
        position = index
        return start..<index
    }

    /// Whether the `<` at `index` opens a tag, end tag, comment, doctype or processing instruction.
    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if Self.isLetter(next) || next == 0x21 || next == 0x3F { return true }
        return next == 0x2F && index + 2 < bytes.count
    }

    /// The start of the end tag `</name` closing a raw-text element, or the end of input (always for plaintext, whose name is empty).
    private func rawTextEnd(from start: Int, name: [UInt8]) -> Int {
        if name.isEmpty { return bytes.count }
        let count = bytes.count
        var index = start
        while index + 1 < count {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x2F, matchesIgnoringCase(name, at: index + 2) {
                let after = index + 2 + name.count
                if after >= count || Self.isSpace(bytes[after]) || bytes[after] == 0x2F || bytes[after] == 0x3E {
                    return index
                }
            }
            index += 1
        }
        return count
    }

    // MARK: Markup

    /// Reads the markup at `position` (a `<` that starts markup); nil when it yields no token.
    private mutating func markup() -> HTMLToken? {
        let start = position
        let next = bytes[start + 1]
        if next == 0x21 {
            if matches("--", at: start + 2) { return comment(from: start + 4) }
            if matches("[CDATA[", at: start + 2) { return cdata(from: start + 9) }
            if matchesIgnoringCase(Array("doctype".utf8), at: start + 2) {
                let close = find(0x3E, from: start + 9)
                position = min(close + 1, bytes.count)
                return .doctype(min(start + 9, close)..<close)
            }
            return bogusComment(from: start + 2)
        }
        if next == 0x3F { return bogusComment(from: start + 1) }
        if next == 0x2F {
            let third = bytes[start + 2]
            if Self.isLetter(third) { return endTag(from: start + 2) }
            if third == 0x3E { position = start + 3; return nil }
            return bogusComment(from: start + 2)
        }
        return startTag(from: start + 1)
    }

    private mutating func comment(from start: Int) -> HTMLToken {
        let count = bytes.count
        if start < count, bytes[start] == 0x3E { position = start + 1; return .comment(start..<start) }
        if start + 1 < count, bytes[start] == 0x2D, bytes[start + 1] == 0x3E {
            position = start + 2
            return .comment(start..<start)
        }
        var index = start
        while index + 2 < count {
            if bytes[index] == 0x2D, bytes[index + 1] == 0x2D {
                if bytes[index + 2] == 0x3E { position = index + 3; return .comment(start..<index) }
                if bytes[index + 2] == 0x21, index + 3 < count, bytes[index + 3] == 0x3E {
                    position = index + 4
                    return .comment(start..<index)
                }
            }
            index += 1
        }
        position = count
        return .comment(min(start, count)..<count)
    }

    private mutating func cdata(from start: Int) -> HTMLToken {
        let count = bytes.count
        var index = start
        while index + 2 < count {
            if bytes[index] == 0x5D, bytes[index + 1] == 0x5D, bytes[index + 2] == 0x3E {
                position = index + 3
                return .cdata(start..<index)
            }
            index += 1
        }
        position = count
        return .cdata(min(start, count)..<count)
    }

    private mutating func bogusComment(from start: Int) -> HTMLToken {
        let close = find(0x3E, from: start)
        position = min(close + 1, bytes.count)
        return .comment(min(start, close)..<close)
    }

    private mutating func startTag(from start: Int) -> HTMLToken? {
        let nameEnd = tagNameEnd(from: start)
        let name = lowercasedName(start..<nameEnd)
        position = nameEnd
        guard let (attributes, selfClosing) = readAttributes(keep: true) else { return nil }
        let tag = tagNames.id(of: name)
        let info = tagNames.infos[tag]
        if recognizesRawText {
            switch info.content {
            case .markup: break
            case .rawText: rawText = (Array(name.utf8), false)
            case .escapableRawText: rawText = (Array(name.utf8), true)
            case .plaintext: rawText = ([], false)
            }
        }
        return .startTag(name: name, tag: tag, attributes: attributes, selfClosing: selfClosing, info: info)
    }

    private mutating func endTag(from start: Int) -> HTMLToken? {
        let nameEnd = tagNameEnd(from: start)
        let name = lowercasedName(start..<nameEnd)
        position = nameEnd
        guard readAttributes(keep: false) != nil else { return nil }
        let tag = tagNames.id(of: name)
        return .endTag(name: name, tag: tag, info: tagNames.infos[tag])
    }

    /// Reads attributes up to and including `>`; nil (and `position` at the end) when input ends first.
    private mutating func readAttributes(keep: Bool) -> ([HTMLAttribute], Bool)? {
        var attributes: [HTMLAttribute] = []
        let count = bytes.count
        while true {
            while position < count, Self.isSpace(bytes[position]) { position += 1 }
            guard position < count else { return nil }
            let byte = bytes[position]
            if byte == 0x3E { position += 1; return (attributes, false) }
            if byte == 0x2F {
                position += 1
                if position < count, bytes[position] == 0x3E { position += 1; return (attributes, true) }
                continue
            }
            let nameStart = position
            position += 1
            while position < count {
                let next = bytes[position]
                if Self.isSpace(next) || next == 0x2F || next == 0x3E || next == 0x3D { break }
                position += 1
            }
            let nameRange = nameStart..<position
            while position < count, Self.isSpace(bytes[position]) { position += 1 }
            var valueRange = position..<position
            if position < count, bytes[position] == 0x3D {
                position += 1
                while position < count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < count else { return nil }
                let quote = bytes[position]
                if quote == 0x22 || quote == 0x27 {
                    let close = find(quote, from: position + 1)
                    guard close < count else { position = count; return nil }
                    valueRange = (position + 1)..<close
                    position = close + 1
                } else {
                    let valueStart = position
                    while position < count, !Self.isSpace(bytes[position]), bytes[position] != 0x3E { position += 1 }
                    valueRange = valueStart..<position
                }
            }
            guard keep, attributes.count < Self.maxAttributes else { continue }
            let name = lowercasedName(nameRange)
            if attributes.contains(where: { $0.name == name }) { continue }
            attributes.append(HTMLAttribute(name: name, value: decodesValue(name) ? decodedString(valueRange) : ""))
        }
    }

    // MARK: Helpers

    private func tagNameEnd(from start: Int) -> Int {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == 0x2F || byte == 0x3E { break }
            index += 1
        }
        return index
    }

    private mutating func lowercasedName(_ range: Range<Int>) -> String {
        var hasUpper = false
        for index in range where bytes[index] >= 0x41 && bytes[index] <= 0x5A { hasUpper = true; break }
        if !hasUpper { return String(decoding: bytes[range], as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        for index in range {
            let byte = bytes[index]
            scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private mutating func decodedString(_ range: Range<Int>) -> String {
        if !HTMLEntityDecoder.containsAmpersand(bytes, range) { return String(decoding: bytes[range], as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        HTMLEntityDecoder.append(bytes, range, to: &scratch, inAttribute: true)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The index of the first `byte` at or after `start`, or the input's length.
    private func find(_ byte: UInt8, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        while index < count, bytes[index] != byte { index += 1 }
        return min(index, count)
    }

    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    /// Compares against lowercase ASCII `name`.
    private func matchesIgnoringCase(_ name: [UInt8], at start: Int) -> Bool {
        guard start + name.count <= bytes.count else { return false }
        for offset in 0..<name.count {
            let byte = bytes[start + offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != name[offset] { return false }
        }
        return true
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}
