/// The class/id marker lists of `ExtractionRules` compiled once for matching many markers: every pattern
/// filed under its first byte, so one pass over a marker finds which lists match it (instead of one
/// substring search per pattern, which cost more than parsing the page).
final class MarkerMatcher: Sendable {
    /// Which marker lists match a piece of a marker.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let positive = Kinds(rawValue: 1)
        static let strongNegative = Kinds(rawValue: 2)
        static let negative = Kinds(rawValue: 4)
    }

    private let patterns: [[UInt8]]
    private let patternKinds: [Kinds]
    /// For each first byte, the patterns starting with it.
    private let buckets: [[Int]]
    /// `strongNegativeWords` as bytes.
    private let strongWords: [[UInt8]]

    init(rules: ExtractionRules) {
        var patterns: [[UInt8]] = []
        var patternKinds: [Kinds] = []
        var buckets = [[Int]](repeating: [], count: 256)
        func file(_ list: [String], as kind: Kinds) {
            for marker in list {
                let bytes = Array(marker.utf8)
                // An empty pattern never matches (`BoilerplateFilter.contains`).
                guard let first = bytes.first else { continue }
                buckets[Int(first)].append(patterns.count)
                patterns.append(bytes)
                patternKinds.append(kind)
            }
        }
        file(rules.positiveMarkers, as: .positive)
        file(rules.strongNegativeMarkers, as: .strongNegative)
        file(rules.negativeMarkers, as: .negative)
        self.patterns = patterns
        self.patternKinds = patternKinds
        self.buckets = buckets
        strongWords = rules.strongNegativeWords.map { Array($0.utf8) }
    }

    /// The lists with a pattern that occurs in `bytes`.
    func kinds(in bytes: UnsafeBufferPointer<UInt8>) -> Kinds {
        var found: Kinds = []
        let count = bytes.count
        for start in 0..<count {
            for index in buckets[Int(bytes[start])] where !found.contains(patternKinds[index]) {
                let pattern = patterns[index]
                guard start + pattern.count <= count else { continue }
                var offset = 1
                while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { found.insert(patternKinds[index]) }
            }
        }
        return found
    }

    /// Whether a word (a part of a class/id word between `-` and `_`) is one of `strongNegativeWords`.
    func isStrongWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for word in strongWords where word.count == range.count {
            var offset = 0
            while offset < word.count && bytes[range.lowerBound + offset] == word[offset] { offset += 1 }
            if offset == word.count { return true }
        }
        return false
    }

    /// `BoilerplateFilter.judge` for an ASCII marker, with the same result; nil for other markers, whose words
    /// are split by `Character` (a space before a combining mark does not split), so the byte reading could differ.
    func judgeASCII(_ marker: String) -> BoilerplateFilter.MarkerVerdict? {
        var copy = marker
        return copy.withUTF8 { bytes -> BoilerplateFilter.MarkerVerdict? in
            for byte in bytes where byte >= 0x80 { return nil }
            var strong = false
            var purelyPositive = false
            var positive = false
            let count = bytes.count
            var start = 0
            while start < count {
                if bytes[start] == 0x20 { start += 1; continue }
                var end = start
                while end < count && bytes[end] != 0x20 { end += 1 }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let kinds = self.kinds(in: token)
                let isPositive = kinds.contains(.positive)
                var isStrong = kinds.contains(.strongNegative)
                if !isStrong && !strongWords.isEmpty {
                    var wordStart = 0
                    while wordStart < token.count && !isStrong {
                        if token[wordStart] == 0x2D || token[wordStart] == 0x5F { wordStart += 1; continue }
                        var wordEnd = wordStart
                        while wordEnd < token.count && token[wordEnd] != 0x2D && token[wordEnd] != 0x5F { wordEnd += 1 }
                        isStrong = isStrongWord(token, wordStart..<wordEnd)
                        wordStart = wordEnd
                    }
                }
                if isStrong { strong = true } else if isPositive { purelyPositive = true }
                positive = positive || isPositive
                start = end
            }
            if strong { return purelyPositive ? .mixed : .strongNegative }
            // Matched over the whole marker, as `judge` does: a pattern may hold a space.
            if !positive && self.kinds(in: bytes).contains(.negative) { return .negative }
            return .neutral
        }
    }

    /// Whether `marker` contains one of `positiveMarkers`.
    func containsPositive(_ marker: String) -> Bool {
        var copy = marker
        return copy.withUTF8 { kinds(in: $0).contains(.positive) }
    }
}
