/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) while copying UTF-8 bytes.
enum HTMLEntityDecoder {
    /// Longest entity name looked up; longer runs of letters cannot be a known name.
    private static let maxNameLength = 32

    /// Appends `bytes[range]` to `output`, decoding references. In attribute values a reference
    /// without `;` followed by `=` stays literal, as browsers do (query strings like `?a=1&copy=2`).
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8], inAttribute: Bool
    ) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if bytes[index] != 0x26 { index += 1; continue }
            guard let (scalar, next) = reference(bytes, at: index, end: end, inAttribute: inAttribute) else {
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: bytes[runStart..<index]) }
            appendUTF8(scalar, to: &output)
            index = next
            runStart = next
        }
        if runStart < end { output.append(contentsOf: bytes[runStart..<end]) }
    }

    /// Whether `bytes[range]` holds an ampersand, so decoding can be skipped when not.
    static func containsAmpersand(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] == 0x26 { return true }
        return false
    }

    /// The scalar a reference at `start` (the `&`) stands for and the index after it, or nil when it is not one.
    private static func reference(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, inAttribute: Bool
    ) -> (UInt32, Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == 0x23 { return numeric(bytes, at: index + 1, end: end) }
        let nameStart = index
        while index < end, index - nameStart <= maxNameLength, isAlphanumeric(bytes[index]) { index += 1 }
        let length = index - nameStart
        guard length > 0, length <= maxNameLength else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let value = HTMLEntities.table[name] else { return nil }
        if index < end, bytes[index] == 0x3B { return (value, index + 1) }
        guard HTMLEntities.decodesWithoutSemicolon(value) else { return nil }
        if inAttribute, index < end, bytes[index] == 0x3D { return nil }
        return (value, index)
    }

    /// `&#123;` or `&#x7B;` with `index` after the `#`; bad code points become U+FFFD.
    private static func numeric(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (UInt32, Int)? {
        var index = start
        var hex = false
        if index < end, bytes[index] | 0x20 == 0x78 { hex = true; index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end {
            let byte = bytes[index]
            let digit: UInt32
            if byte >= 0x30 && byte <= 0x39 {
                digit = UInt32(byte - 0x30)
            } else if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                digit = UInt32((byte | 0x20) - 0x61 + 10)
            } else {
                break
            }
            // Saturate instead of overflowing: anything past U+10FFFF is invalid anyway.
            if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == 0x3B { index += 1 }
        return (sanitized(value), index)
    }

    /// Maps a numeric reference to the scalar browsers show: C1 controls as Windows-1252, invalid as U+FFFD.
    private static func sanitized(_ value: UInt32) -> UInt32 {
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        if value >= 0x80 && value <= 0x9F { return UInt32(SingleByteCodePage.windows1252.scalar(for: UInt8(value))) }
        return value
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Appends the UTF-8 encoding of a valid scalar value.
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
