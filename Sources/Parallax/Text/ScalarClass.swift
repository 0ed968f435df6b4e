/// What role one Unicode scalar plays for the tokenizer.
enum ScalarClass: UInt8 {
    case space, letter, ideograph, digit, mark, format, apostrophe, hyphen, period, symbol, punctuation

    /// Classifies a scalar: a switch for ASCII (the common case), Unicode general categories otherwise.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass {
        if value < 0x80 {
            switch value {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x00...0x20, 0x7F: return .space
            case 0x27: return .apostrophe
            case 0x2D: return .hyphen
            case 0x2E: return .period
            // `$ % + < = > ^ \` | ~`: currency, percent and math signs are symbols, the rest punctuation.
            case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
            default: return .punctuation
            }
        }
        return nonASCII(value)
    }

    private static func nonASCII(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x2018, 0x2019, 0x02BC: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x2030, 0x2031: return .symbol  // per mille and per ten thousand, like %
        // Han ideographs carry a word each: Chinese and Japanese text has no spaces to split runs.
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return .ideograph
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return .space
        case .format: return .format
        case .currencySymbol, .mathSymbol, .modifierSymbol, .otherSymbol, .letterNumber, .otherNumber,
            .privateUse, .unassigned, .surrogate:
            return .symbol
        default: return .punctuation
        }
    }

    /// Whether a scalar is an upper- or title-case letter.
    static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let category = scalar.properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }
}
