import Foundation

/// Decides whether two written names can be the same entity despite transliteration and partial naming:
/// "Sergey Lavrov" and "Sergei Lavrov", "Zelenskyy" and "Zelenskiy", "Lavrov" and "Sergei Lavrov".
package enum NameMatcher {
    /// Whether `a` and `b` name the same entity: equal skeletons word by word, or one a part of the other.
    package static func sameEntity(_ a: String, _ b: String) -> Bool {
        let left = words(a)
        let right = words(b)
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left.count == right.count { return zip(left, right).allSatisfy { sameWord($0, $1) } }
        let (short, long) = left.count < right.count ? (left, right) : (right, left)
        // A part of a name: "Lavrov" in "Sergei Lavrov", "Wang" in "Wang Yi"; kept in order.
        var position = 0
        for word in short {
            guard let found = long[position...].firstIndex(where: { sameWord($0, word) }) else { return false }
            position = found + 1
        }
        return true
    }

    /// The skeleton of each word of `name`, in order: what `sameEntity` compares, for names compared many times.
    /// A first name written as a pet form is compared as its formal name ("Jim Berg" as "James Berg").
    static func wordSkeletons(_ name: String) -> [String] {
        var parts = words(name)
        if parts.count > 1, let formal = PetNames.formal[parts[0].lowercased()] { parts[0] = formal }
        return parts.map(skeleton)
    }

    /// `sameEntity` on names already reduced to their words' skeletons (as ids: equal skeleton, equal id).
    /// Equal lowercased words have equal skeletons, so comparing skeletons alone decides `sameWord`.
    static func sameEntity(skeletons left: [Int], _ right: [Int]) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left.count == right.count { return left == right }
        let (short, long) = left.count < right.count ? (left, right) : (right, left)
        var position = 0
        for word in short {
            guard let found = long[position...].firstIndex(of: word) else { return false }
            position = found + 1
        }
        return true
    }

    /// Whether two single words are the same name up to transliteration ("Sergey"/"Sergei", "Zelenskyy"/"Zelensky").
    package static func sameWord(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased() || skeleton(a) == skeleton(b)
    }

    /// The name folded to what transliterations agree on: lowercase ASCII letters, y/i/j as one letter,
    /// "ey"/"ei"/"iy" and doubled letters reduced, a final vowel-glide dropped ("Zelenskyy" → "zelenski"),
    /// and "x" spelled "ks" as Cyrillic transliterations do ("Olexandr"/"Oleksandr").
    static func skeleton(_ word: String) -> String {
        var letters: [Character] = []
        for scalar in word.lowercased().decomposedLetters {
            let folded: Character
            switch scalar {
            case "x":
                if letters.last != "k" { letters.append("k") }
                folded = "s"
            case "y", "j": folded = "i"
            case "w": folded = "v"
            case "c": folded = "k"
            default: folded = scalar
            }
            // "ei" and "ii" after folding: drop a vowel before "i" ("Sergei"/"Sergey" → "sergi").
            if folded == "i", let last = letters.last, last == "e" || last == "i" { letters.removeLast() }
            if let last = letters.last, last == folded { continue }
            letters.append(folded)
        }
        return String(letters)
    }

    private static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{a0}" }).map(String.init)
    }
}

private extension String {
    /// Letters with diacritics removed ("Ž" → "z"), everything else dropped.
    var decomposedLetters: [Character] {
        var result: [Character] = []
        for scalar in unicodeScalars {
            if scalar.isASCII {
                // The ASCII letters are exactly the alphabetic ASCII scalars: no Unicode table needed.
                if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { result.append(Character(scalar)) }
                continue
            }
            // Keep the base letter of a precomposed letter.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if let base = decomposed.first, base.isASCII, base.properties.isAlphabetic { result.append(Character(base)) }
        }
        return result
    }
}
