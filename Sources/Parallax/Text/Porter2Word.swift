/// One word going through the Porter2 steps, as lower-case ASCII bytes ('Y' marks a consonant y).
struct Porter2Word {
    private var w: [UInt8]
    /// Start of R1 and R2: the regions after the first and second vowel–non-vowel pairs.
    private var r1 = 0
    private var r2 = 0

    init(_ bytes: [UInt8]) {
        w = bytes
    }

    mutating func stemmed() -> [UInt8] {
        prelude()
        markRegions()
        step1a()
        if Porter2Exceptions.afterStep1a.contains(w) { return restoredY() }
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        return restoredY()
    }

    // MARK: Letters and regions

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    private static let y = UInt8(ascii: "y"), upperY = UInt8(ascii: "Y"), apostrophe = UInt8(ascii: "'")

    @inline(__always)
    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            return true
        default: return false
        }
    }

    private mutating func prelude() {
        if w.first == Self.apostrophe { w.removeFirst() }
        guard !w.isEmpty else { return }
        if w[0] == Self.y { w[0] = Self.upperY }
        for index in w.indices.dropFirst() where w[index] == Self.y && Self.isVowel(w[index - 1]) {
            w[index] = Self.upperY
        }
    }

    private mutating func markRegions() {
        r1 = w.count
        if let prefix = Porter2Exceptions.regionPrefixes.first(where: { w.starts(with: $0) }) {
            r1 = prefix.count
        } else {
            r1 = regionStart(after: 0)
        }
        r2 = regionStart(after: r1)
    }

    /// The position after the first non-vowel that follows a vowel, searching from `start`.
    private func regionStart(after start: Int) -> Int {
        var index = start
        while index < w.count, !Self.isVowel(w[index]) { index += 1 }
        while index < w.count, Self.isVowel(w[index]) { index += 1 }
        return min(index + 1, w.count)
    }

    private func ends(_ suffix: String) -> Bool {
        let tail = suffix.utf8
        guard tail.count <= w.count else { return false }
        return w[(w.count - tail.count)...].elementsEqual(tail)
    }

    /// The longest of `suffixes` the word ends with.
    private func longestSuffix(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where ends(suffix) && suffix.utf8.count > (best?.utf8.count ?? 0) {
            best = suffix
        }
        return best
    }

    private mutating func replace(_ suffix: String, with replacement: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: replacement.utf8)
    }

    private func containsVowel(before end: Int) -> Bool {
        w[..<max(0, end)].contains(where: Self.isVowel)
    }

    /// Whether the word ends (at `end`) in a short syllable: non-vowel, vowel, non-vowel other than w, x, Y;
    /// or, at the start of the word, vowel then non-vowel.
    private func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 {
            let last = w[end - 1]
            return !Self.isVowel(last) && last != UInt8(ascii: "w") && last != UInt8(ascii: "x")
                && last != Self.upperY && Self.isVowel(w[end - 2]) && !Self.isVowel(w[end - 3])
        }
        return end == 2 && Self.isVowel(w[0]) && !Self.isVowel(w[1])
    }

    private var isShort: Bool { r1 >= w.count && endsInShortSyllable(w.count) }

    private func restoredY() -> [UInt8] {
        w.map { $0 == Self.upperY ? Self.y : $0 }
    }

    // MARK: Steps

    private mutating func step1a() {
        if let suffix = longestSuffix(["'s'", "'s", "'"]) { w.removeLast(suffix.utf8.count) }
        guard let suffix = longestSuffix(["sses", "ied", "ies", "us", "ss", "s"]) else { return }
        switch suffix {
        case "sses": replace(suffix, with: "ss")
        case "ied", "ies": replace(suffix, with: w.count > 4 ? "i" : "ie")
        case "s": if containsVowel(before: w.count - 2) { w.removeLast() }
        default: break
        }
    }

    private mutating func step1b() {
        guard let suffix = longestSuffix(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
        let start = w.count - suffix.utf8.count
        if suffix == "eed" || suffix == "eedly" {
            if start >= r1 { replace(suffix, with: "ee") }
            return
        }
        guard containsVowel(before: start) else { return }
        w.removeLast(suffix.utf8.count)
        if ends("at") || ends("bl") || ends("iz") {
            w.append(Self.e)
        } else if let last = w.last, w.count >= 2, w[w.count - 2] == last, "bdfgmnprt".utf8.contains(last) {
            w.removeLast()
        } else if isShort {
            w.append(Self.e)
        }
    }

    private mutating func step1c() {
        guard w.count > 2, let last = w.last, last == Self.y || last == Self.upperY,
            !Self.isVowel(w[w.count - 2])
        else { return }
        w[w.count - 1] = Self.i
    }

    private static let step2Rules: [String: String] = [
        "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
        "izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
        "alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous", "ousness": "ous",
        "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble", "ogi": "og", "fulli": "ful",
        "lessli": "less", "li": "",
    ]
    private static let step2Suffixes = Array(step2Rules.keys)

    private mutating func step2() {
        guard let suffix = longestSuffix(Self.step2Suffixes), w.count - suffix.utf8.count >= r1 else { return }
        let before = w.count - suffix.utf8.count - 1
        if suffix == "ogi", before < 0 || w[before] != Self.l { return }
        if suffix == "li", before < 0 || !"cdeghkmnrt".utf8.contains(w[before]) { return }
        replace(suffix, with: Self.step2Rules[suffix]!)
    }

    private static let step3Rules: [String: String] = [
        "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic",
        "ful": "", "ness": "", "ative": "",
    ]
    private static let step3Suffixes = Array(step3Rules.keys)

    private mutating func step3() {
        guard let suffix = longestSuffix(Self.step3Suffixes) else { return }
        let start = w.count - suffix.utf8.count
        guard start >= r1 else { return }
        if suffix == "ative", start < r2 { return }
        replace(suffix, with: Self.step3Rules[suffix]!)
    }

    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion",
    ]

    private mutating func step4() {
        guard let suffix = longestSuffix(Self.step4Suffixes) else { return }
        let start = w.count - suffix.utf8.count
        guard start >= r2 else { return }
        if suffix == "ion", start == 0 || (w[start - 1] != Self.s && w[start - 1] != Self.t) { return }
        w.removeLast(suffix.utf8.count)
    }

    private mutating func step5() {
        guard let last = w.last else { return }
        let position = w.count - 1
        if last == Self.e {
            if position >= r2 || (position >= r1 && !endsInShortSyllable(position)) { w.removeLast() }
        } else if last == Self.l, position >= r2, position > 0, w[position - 1] == Self.l {
            w.removeLast()
        }
    }
}
