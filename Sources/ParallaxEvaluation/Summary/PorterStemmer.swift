import Parallax
/// The Porter (1980) suffix stripper with NLTK's extensions, byte for byte what `rouge-score` stems with.
///
/// rouge-score calls `nltk.stem.porter.PorterStemmer()` in its default `NLTK_EXTENSIONS` mode, so this port
/// follows that mode: the irregular-form pool, `ies`/`ied` on four-letter words, the `y` → `i` rule only after
/// a consonant, and the `alli`, `fulli`, `logi` rules of step 2. Input is lowercase ASCII letters and digits.
package struct PorterStemmer: Sendable {
    package init() {}

    /// Words NLTK maps by table before the rules run.
    private static let irregular: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
        "outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
        "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]

    /// The stem of a lowercase word.
    package func stem(_ word: String) -> String {
        if let known = Self.irregular[word] { return known }
        var bytes = Array(word.utf8)
        if bytes.count <= 2 { return word }
        bytes = step1a(bytes)
        bytes = step1b(bytes)
        bytes = step1c(bytes)
        bytes = step2(bytes)
        bytes = step3(bytes)
        bytes = step4(bytes)
        bytes = step5a(bytes)
        bytes = step5b(bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Letter classes

    private static func isVowelLetter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    /// Consonant flags in one pass: a `y` is a consonant at the start or after a vowel.
    private static func consonantFlags(_ word: ArraySlice<UInt8>) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(word.count)
        for (offset, byte) in word.enumerated() {
            if isVowelLetter(byte) {
                flags.append(false)
            } else if byte == UInt8(ascii: "y") {
                flags.append(offset == 0 ? true : !flags[offset - 1])
            } else {
                flags.append(true)
            }
        }
        return flags
    }

    private static func isConsonant(_ word: ArraySlice<UInt8>, _ offset: Int) -> Bool {
        let byte = word[word.startIndex + offset]
        if isVowelLetter(byte) { return false }
        if byte != UInt8(ascii: "y") { return true }
        return offset == 0 ? true : !isConsonant(word, offset - 1)
    }

    /// m in [C](VC){m}[V].
    private static func measure(_ stem: ArraySlice<UInt8>) -> Int {
        let flags = consonantFlags(stem)
        var count = 0
        var index = 1
        while index < flags.count {
            if !flags[index - 1] && flags[index] { count += 1 }
            index += 1
        }
        return count
    }

    private static func containsVowel(_ stem: ArraySlice<UInt8>) -> Bool {
        consonantFlags(stem).contains(false)
    }

    private static func endsDoubleConsonant(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 2 && word[word.endIndex - 1] == word[word.endIndex - 2]
            && isConsonant(word, word.count - 1)
    }

    /// *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK also accepts a two-letter vowel-consonant word).
    private static func endsCVC(_ word: ArraySlice<UInt8>) -> Bool {
        let count = word.count
        if count >= 3, isConsonant(word, count - 3), !isConsonant(word, count - 2), isConsonant(word, count - 1) {
            let last = word[word.endIndex - 1]
            if last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y") { return true }
        }
        return count == 2 && !isConsonant(word, 0) && isConsonant(word, 1)
    }

    private static func hasSuffix(_ word: [UInt8], _ suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    /// One suffix rule: the suffix, its replacement and the condition on the remaining stem.
    private typealias Condition = @Sendable (ArraySlice<UInt8>) -> Bool
    private typealias Rule = (suffix: [UInt8], replacement: [UInt8], condition: Condition)

    private static func rule(_ suffix: String, _ replacement: String, _ condition: @escaping Condition) -> Rule {
        (Array(suffix.utf8), Array(replacement.utf8), condition)
    }

    /// The first rule whose suffix matches decides: applied if its condition holds, otherwise the word stays.
    private static func apply(_ rules: [Rule], to word: [UInt8]) -> [UInt8] {
        for rule in rules where hasSuffix(word, rule.suffix) {
            let stem = word[..<(word.count - rule.suffix.count)]
            return rule.condition(stem) ? Array(stem) + rule.replacement : word
        }
        return word
    }

    private static let positive: Condition = { measure($0) > 0 }
    private static let aboveOne: Condition = { measure($0) > 1 }
    private static let always: Condition = { _ in true }

    // MARK: - Steps

    private static let step1aRules: [Rule] = [
        rule("sses", "ss", always), rule("ies", "i", always), rule("ss", "ss", always), rule("s", "", always),
    ]

    private func step1a(_ word: [UInt8]) -> [UInt8] {
        if word.count == 4 && Self.hasSuffix(word, Array("ies".utf8)) { return Array(word[..<1]) + Array("ie".utf8) }
        return Self.apply(Self.step1aRules, to: word)
    }

    private func step1b(_ word: [UInt8]) -> [UInt8] {
        if Self.hasSuffix(word, Array("ied".utf8)) {
            return Array(word[..<(word.count - 3)]) + Array((word.count == 4 ? "ie" : "i").utf8)
        }
        if Self.hasSuffix(word, Array("eed".utf8)) {
            let stem = word[..<(word.count - 3)]
            return Self.measure(stem) > 0 ? Array(stem) + Array("ee".utf8) : word
        }
        var intermediate: [UInt8]?
        for suffix in ["ed", "ing"] where Self.hasSuffix(word, Array(suffix.utf8)) {
            let stem = word[..<(word.count - suffix.utf8.count)]
            if Self.containsVowel(stem) {
                intermediate = Array(stem)
                break
            }
        }
        guard let stem = intermediate else { return word }
        for (suffix, replacement) in [("at", "ate"), ("bl", "ble"), ("iz", "ize")] where Self.hasSuffix(stem, Array(suffix.utf8)) {
            return Array(stem[..<(stem.count - 2)]) + Array(replacement.utf8)
        }
        if Self.endsDoubleConsonant(stem[...]) {
            let last = stem[stem.count - 1]
            let keepsDouble = last == UInt8(ascii: "l") || last == UInt8(ascii: "s") || last == UInt8(ascii: "z")
            return keepsDouble ? stem : Array(stem[..<(stem.count - 1)])
        }
        if Self.measure(stem[...]) == 1 && Self.endsCVC(stem[...]) { return stem + [UInt8(ascii: "e")] }
        return stem
    }

    private func step1c(_ word: [UInt8]) -> [UInt8] {
        guard word.last == UInt8(ascii: "y") else { return word }
        let stem = word[..<(word.count - 1)]
        if stem.count > 1 && Self.isConsonant(stem, stem.count - 1) { return Array(stem) + [UInt8(ascii: "i")] }
        return word
    }

    private static let step2Rules: [Rule] = [
        rule("ational", "ate", positive), rule("tional", "tion", positive), rule("enci", "ence", positive),
        rule("anci", "ance", positive), rule("izer", "ize", positive), rule("bli", "ble", positive),
        rule("alli", "al", positive), rule("entli", "ent", positive), rule("eli", "e", positive),
        rule("ousli", "ous", positive), rule("ization", "ize", positive), rule("ation", "ate", positive),
        rule("ator", "ate", positive), rule("alism", "al", positive), rule("iveness", "ive", positive),
        rule("fulness", "ful", positive), rule("ousness", "ous", positive), rule("aliti", "al", positive),
        rule("iviti", "ive", positive), rule("biliti", "ble", positive), rule("fulli", "ful", positive),
    ]

    private func step2(_ word: [UInt8]) -> [UInt8] {
        if Self.hasSuffix(word, Array("alli".utf8)) && Self.measure(word[..<(word.count - 4)]) > 0 {
            return step2(Array(word[..<(word.count - 4)]) + Array("al".utf8))
        }
        // NLTK's "logi" rule tests the measure of the word without "ogi", and it comes last.
        for rule in Self.step2Rules where Self.hasSuffix(word, rule.suffix) {
            let stem = word[..<(word.count - rule.suffix.count)]
            return rule.condition(stem) ? Array(stem) + rule.replacement : word
        }
        if Self.hasSuffix(word, Array("logi".utf8)) {
            return Self.measure(word[..<(word.count - 3)]) > 0 ? Array(word[..<(word.count - 4)]) + Array("log".utf8) : word
        }
        return word
    }

    private static let step3Rules: [Rule] = [
        rule("icate", "ic", positive), rule("ative", "", positive), rule("alize", "al", positive),
        rule("iciti", "ic", positive), rule("ical", "ic", positive), rule("ful", "", positive),
        rule("ness", "", positive),
    ]

    private func step3(_ word: [UInt8]) -> [UInt8] { Self.apply(Self.step3Rules, to: word) }

    private static let step4Rules: [Rule] = [
        rule("al", "", aboveOne), rule("ance", "", aboveOne), rule("ence", "", aboveOne), rule("er", "", aboveOne),
        rule("ic", "", aboveOne), rule("able", "", aboveOne), rule("ible", "", aboveOne), rule("ant", "", aboveOne),
        rule("ement", "", aboveOne), rule("ment", "", aboveOne), rule("ent", "", aboveOne),
        rule("ion", "", { stem in
            measure(stem) > 1 && (stem.last == UInt8(ascii: "s") || stem.last == UInt8(ascii: "t"))
        }),
        rule("ou", "", aboveOne), rule("ism", "", aboveOne), rule("ate", "", aboveOne), rule("iti", "", aboveOne),
        rule("ous", "", aboveOne), rule("ive", "", aboveOne), rule("ize", "", aboveOne),
    ]

    private func step4(_ word: [UInt8]) -> [UInt8] { Self.apply(Self.step4Rules, to: word) }

    private func step5a(_ word: [UInt8]) -> [UInt8] {
        guard word.last == UInt8(ascii: "e") else { return word }
        let stem = word[..<(word.count - 1)]
        let measure = Self.measure(stem)
        if measure > 1 || (measure == 1 && !Self.endsCVC(stem)) { return Array(stem) }
        return word
    }

    private func step5b(_ word: [UInt8]) -> [UInt8] {
        guard Self.hasSuffix(word, Array("ll".utf8)) else { return word }
        return Self.measure(word[..<(word.count - 1)]) > 1 ? Array(word[..<(word.count - 1)]) : word
    }
}
