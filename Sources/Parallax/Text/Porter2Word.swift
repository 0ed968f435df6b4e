/// One word going through the Porter2 steps, as lower-case ASCII bytes ('Y' marks a consonant y).
struct Porter2Word {
    private var w: Porter2Buffer
    /// Start of R1 and R2: the regions after the first and second vowel–non-vowel pairs.
    private var r1 = 0
    private var r2 = 0

    init(_ buffer: Porter2Buffer) {
        w = buffer
    }

    /// The stem, as the buffer's bytes (valid until the buffer's memory goes away).
    mutating func stemmed() -> UnsafeBufferPointer<UInt8> {
        prelude()
        markRegions()
        step1a()
        if Porter2Exceptions.isInvariantAfterStep1a(w) { return restoredY() }
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        return restoredY()
    }

    // MARK: Letters and regions

    private static let e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
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
        for index in 1..<max(1, w.count) where w[index] == Self.y && Self.isVowel(w[index - 1]) {
            w[index] = Self.upperY
        }
    }

    private mutating func markRegions() {
        r1 = w.count
        if let prefix = Porter2Exceptions.regionPrefix(of: w) {
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

    @inline(__always)
    private func ends(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let offset = w.count - count
        guard offset >= 0 else { return false }
        let start = suffix.utf8Start
        for index in 0..<count where w[offset + index] != start[index] { return false }
        return true
    }

    /// The first of `suffixes` (listed longest first) that ends the word, as the algorithm's longest match.
    @inline(__always)
    private func firstEnding(_ suffixes: [Porter2Rule]) -> Porter2Rule? {
        for rule in suffixes where ends(rule.suffix) { return rule }
        return nil
    }

    private mutating func apply(_ rule: Porter2Rule) {
        w.removeLast(rule.suffix.utf8CodeUnitCount)
        w.append(rule.replacement)
    }

    private func containsVowel(before end: Int) -> Bool {
        for index in 0..<max(0, end) where Self.isVowel(w[index]) { return true }
        return false
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

    private func restoredY() -> UnsafeBufferPointer<UInt8> {
        for index in 0..<w.count where w[index] == Self.upperY { w[index] = Self.y }
        return w.bytes
    }

    // MARK: Steps

    private mutating func step1a() {
        if ends("'s'") {
            w.removeLast(3)
        } else if ends("'s") {
            w.removeLast(2)
        } else if ends("'") {
            w.removeLast()
        }
        if ends("sses") {
            w.removeLast(2)
        } else if ends("ied") || ends("ies") {
            // "ied"/"ies" become "i" after two or more letters ("cries" → "cri"), else "ie" ("ties" → "tie").
            w.removeLast(w.count > 4 ? 2 : 1)
        } else if ends("us") || ends("ss") {
            return
        } else if ends("s"), containsVowel(before: w.count - 2) {
            w.removeLast()
        }
    }

    private mutating func step1b() {
        let length: Int
        if ends("eedly") || ends("eed") {
            let suffix = ends("eedly") ? 5 : 3
            if w.count - suffix >= r1 { w.removeLast(suffix - 2) }
            return
        } else if ends("ingly") {
            length = 5
        } else if ends("edly") {
            length = 4
        } else if ends("ing") {
            length = 3
        } else if ends("ed") {
            length = 2
        } else {
            return
        }
        guard containsVowel(before: w.count - length) else { return }
        w.removeLast(length)
        if ends("at") || ends("bl") || ends("iz") {
            w.append(Self.e)
        } else if let last = w.last, w.count >= 2, w[w.count - 2] == last, Self.isUndoubled(last) {
            w.removeLast()
        } else if isShort {
            w.append(Self.e)
        }
    }

    /// The letters whose doubling step 1b undoes ("hopp" → "hop").
    private static func isUndoubled(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
            UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default: return false
        }
    }

    /// The letters before which step 2 may drop "li" ("knightli" → "knight").
    private static func isValidLiEnding(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
            UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default: return false
        }
    }

    private mutating func step1c() {
        guard w.count > 2, let last = w.last, last == Self.y || last == Self.upperY,
            !Self.isVowel(w[w.count - 2])
        else { return }
        w[w.count - 1] = Self.i
    }

    private mutating func step2() {
        guard let last = w.last, let rule = firstEnding(Porter2Rules.step2(endingIn: last)) else { return }
        let start = w.count - rule.suffix.utf8CodeUnitCount
        guard start >= r1 else { return }
        if ends("ogi"), start == 0 || w[start - 1] != Self.l { return }
        if rule.suffix.utf8CodeUnitCount == 2, start == 0 || !Self.isValidLiEnding(w[start - 1]) { return }
        apply(rule)
    }

    private mutating func step3() {
        guard let last = w.last, let rule = firstEnding(Porter2Rules.step3(endingIn: last)) else { return }
        let start = w.count - rule.suffix.utf8CodeUnitCount
        guard start >= r1 else { return }
        if ends("ative"), start < r2 { return }
        apply(rule)
    }

    private mutating func step4() {
        guard let last = w.last, let rule = firstEnding(Porter2Rules.step4(endingIn: last)) else { return }
        let start = w.count - rule.suffix.utf8CodeUnitCount
        guard start >= r2 else { return }
        if ends("ion"), start == 0 || (w[start - 1] != Self.s && w[start - 1] != Self.t) { return }
        w.removeLast(rule.suffix.utf8CodeUnitCount)
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
