/// Byte-level word classification and lowercasing for `WordHasher`: which UTF-8 scalars belong to words.
enum UnicodeWordClass {
    /// `[0-9A-Za-z_]`.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// The scalar starting at a non-ASCII lead byte and its width; a malformed byte is U+FFFD, one byte wide.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, index + width <= bytes.count else { return (0xFFFD, 1) }
        var scalar = lead & (0x7F >> UInt32(width))
        for offset in 1..<width {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        return (scalar, width)
    }

    /// Whether a non-ASCII scalar is part of a word: everything but the Latin-1 punctuation and signs, combining
    /// marks, the general punctuation, symbol, arrow, box and dingbat blocks, CJK punctuation, the fullwidth
    /// ASCII punctuation, specials (U+FFFD, which malformed bytes become), private use and emoji. Close to Python's `\w` for the scripts news is written in.
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80...0xBF:
            return scalar == 0xAA || scalar == 0xB2 || scalar == 0xB3 || scalar == 0xB5 || scalar == 0xB9
                || scalar == 0xBA || (scalar >= 0xBC && scalar <= 0xBE)
        case 0xD7, 0xF7: return false
        case 0x2C2...0x2C5, 0x2D2...0x2DF, 0x2E5...0x2EB, 0x2ED, 0x2EF...0x36F: return false
        case 0x1FFD...0x206F, 0x209D...0x20FF, 0x2190...0x245F, 0x2500...0x2775, 0x2794...0x2BFF: return false
        case 0x2E00...0x2E7F, 0x3000...0x3004, 0x3008...0x3020, 0x3030, 0x303D: return false
        case 0xE000...0xF8FF, 0xFE30...0xFE4F, 0xFEFF, 0xFFF0...0xFFFF: return false
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF3E, 0xFF40, 0xFF5B...0xFF65: return false
        case 0x1F000...0x1FAFF: return false
        default: return true
        }
    }

    /// Writes the lowercase of a word scalar at `length` of `word` and returns the new length. Only capitals whose
    /// lowercase has the same UTF-8 width are mapped (Latin-1, Latin Extended-A, Greek, Cyrillic); others are copied.
    @inline(__always)
    static func appendLowercased(
        _ scalar: UInt32, original bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int,
        into word: UnsafeMutableBufferPointer<UInt8>, at length: Int
    ) -> Int {
        let lower = lowercase(scalar)
        if lower == scalar || width != 2 {
            for offset in 0..<width { word[length + offset] = bytes[index + offset] }
        } else {
            word[length] = UInt8(0xC0 | (lower >> 6))
            word[length + 1] = UInt8(0x80 | (lower & 0x3F))
        }
        return length + width
    }

    /// The lowercase of two-byte capitals whose lowercase is also two bytes; any other scalar is returned as is.
    @inline(__always)
    static func lowercase(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0xC0...0xDE where scalar != 0xD7: return scalar + 0x20
        case 0x100...0x137, 0x14A...0x177: return scalar | 1
        case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1 ? scalar + 1 : scalar
        case 0x178: return 0xFF
        case 0x391...0x3A9 where scalar != 0x3A2: return scalar + 0x20
        case 0x400...0x40F: return scalar + 0x50
        case 0x410...0x42F: return scalar + 0x20
        default: return scalar
        }
    }
}
