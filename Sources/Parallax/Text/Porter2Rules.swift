/// The suffix tables of Porter2 steps 2 to 4, grouped by last letter and listed longest first within a
/// group, so the first match is the longest match the algorithm asks for.
enum Porter2Rules {
    static func step2(endingIn last: UInt8) -> [Porter2Rule] {
        switch last {
        case UInt8(ascii: "l"): return step2L
        case UInt8(ascii: "i"): return step2I
        case UInt8(ascii: "r"): return step2R
        case UInt8(ascii: "n"): return step2N
        case UInt8(ascii: "m"): return step2M
        case UInt8(ascii: "s"): return step2S
        default: return []
        }
    }

    private static let step2L = [Porter2Rule("ational", "ate"), Porter2Rule("tional", "tion")]
    private static let step2I = [
        Porter2Rule("biliti", "ble"), Porter2Rule("lessli", "less"), Porter2Rule("aliti", "al"),
        Porter2Rule("iviti", "ive"), Porter2Rule("ousli", "ous"), Porter2Rule("entli", "ent"),
        Porter2Rule("fulli", "ful"), Porter2Rule("enci", "ence"), Porter2Rule("anci", "ance"),
        Porter2Rule("abli", "able"), Porter2Rule("alli", "al"), Porter2Rule("bli", "ble"), Porter2Rule("ogi", "og"),
        Porter2Rule("li"),
    ]
    private static let step2R = [Porter2Rule("izer", "ize"), Porter2Rule("ator", "ate")]
    private static let step2N = [Porter2Rule("ization", "ize"), Porter2Rule("ation", "ate")]
    private static let step2M = [Porter2Rule("alism", "al")]
    private static let step2S = [
        Porter2Rule("fulness", "ful"), Porter2Rule("ousness", "ous"), Porter2Rule("iveness", "ive"),
    ]

    static func step3(endingIn last: UInt8) -> [Porter2Rule] {
        switch last {
        case UInt8(ascii: "l"): return step3L
        case UInt8(ascii: "e"): return step3E
        case UInt8(ascii: "i"): return step3I
        case UInt8(ascii: "s"): return step3S
        default: return []
        }
    }

    private static let step3L = [
        Porter2Rule("ational", "ate"), Porter2Rule("tional", "tion"), Porter2Rule("ical", "ic"), Porter2Rule("ful"),
    ]
    private static let step3E = [Porter2Rule("alize", "al"), Porter2Rule("icate", "ic"), Porter2Rule("ative")]
    private static let step3I = [Porter2Rule("iciti", "ic")]
    private static let step3S = [Porter2Rule("ness")]

    static func step4(endingIn last: UInt8) -> [Porter2Rule] {
        switch last {
        case UInt8(ascii: "l"): return step4L
        case UInt8(ascii: "e"): return step4E
        case UInt8(ascii: "r"): return step4R
        case UInt8(ascii: "c"): return step4C
        case UInt8(ascii: "t"): return step4T
        case UInt8(ascii: "m"): return step4M
        case UInt8(ascii: "i"): return step4I
        case UInt8(ascii: "s"): return step4S
        case UInt8(ascii: "n"): return step4N
        default: return []
        }
    }

    private static let step4L = [Porter2Rule("al")]
    private static let step4E = [
        Porter2Rule("ance"), Porter2Rule("ence"), Porter2Rule("able"), Porter2Rule("ible"), Porter2Rule("ate"),
        Porter2Rule("ive"), Porter2Rule("ize"),
    ]
    private static let step4R = [Porter2Rule("er")]
    private static let step4C = [Porter2Rule("ic")]
    private static let step4T = [Porter2Rule("ement"), Porter2Rule("ment"), Porter2Rule("ant"), Porter2Rule("ent")]
    private static let step4M = [Porter2Rule("ism")]
    private static let step4I = [Porter2Rule("iti")]
    private static let step4S = [Porter2Rule("ous")]
    private static let step4N = [Porter2Rule("ion")]
}
