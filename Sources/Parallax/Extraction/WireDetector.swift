import Foundation

/// Finds the news agencies an article credits as sources ("according to Xinhua", "(Reuters) -",
/// "contains information from Reuters, the Associated Press and AFP"). A name only counts when a credit
/// wording surrounds it, so a story *about* an agency does not credit it. One credit per agency, at its first
/// credited mention, in text order.
package struct WireDetector: Sendable {
    /// The agencies and the credit wordings, as data.
    package struct Configuration: Sendable {
        package var agencies: [WireAgency]
        package var patterns: WireCreditPatterns
        /// The most words allowed between a credit phrase and the agency ("according to the state news agency X").
        package var maxGapWords: Int
        /// Lower-case words allowed in that gap besides capitalized words (names, nationalities, other agencies).
        package var gapWords: Set<String>

        package init(
            agencies: [WireAgency] = WireAgencies.all, patterns: WireCreditPatterns = .default,
            maxGapWords: Int = 7,
            gapWords: Set<String> = [
                "the", "a", "an", "and", "or", "&", "state", "state-run", "state-owned", "official", "news",
                "agency", "agencies", "wire", "service", "services", "newswire", "media", "outlet", "from", "of",
                "both", "news-agency", "government", "government-run", "broadcaster", "public",
            ]
        ) {
            self.agencies = agencies
            self.patterns = patterns
            self.maxGapWords = maxGapWords
            self.gapWords = gapWords
        }

        /// About thirty international and national agencies and broadcasters, and the common English credit wordings.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration
    private let matchers: [(pattern: [UInt8], agency: String)]
    /// For each first byte, the matchers whose pattern starts with it, so one pass over the text tries them all.
    private let matchersByFirstByte: [[Int]]
    /// Words of agency names, allowed in a credit gap: "information from dpa, the AP and X".
    private let aliasWords: Set<String>

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        var matchers: [(pattern: [UInt8], agency: String)] = []
        var seen = Set<String>()
        for agency in configuration.agencies {
            for alias in agency.aliases {
                for form in [alias, alias.uppercased()] where seen.insert(form).inserted {
                    matchers.append((Array(form.utf8), agency.name))
                }
            }
        }
        self.matchers = matchers
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, matcher) in matchers.enumerated() {
            if let first = matcher.pattern.first { buckets[Int(first)].append(index) }
        }
        matchersByFirstByte = buckets
        aliasWords = Set(configuration.agencies.flatMap(\.aliases).flatMap { $0.split(separator: " ").map(String.init) })
    }

    /// The credited agencies of `text`, with spans into it for `article`.
    package func credits(in text: String, article: ArticleID) -> [WireCredit] {
        let bytes = Array(text.utf8)
        var credits: [WireCredit] = []
        var credited = Set<String>()
        for mention in mentions(in: bytes) where !credited.contains(mention.agency) {
            guard isCredit(bytes, mention.range) else { continue }
            credited.insert(mention.agency)
            credits.append(WireCredit(
                agency: mention.agency,
                span: TextSpan(article: article, start: mention.range.lowerBound, end: mention.range.upperBound)
            ))
        }
        return credits
    }

    // MARK: Finding names

    private struct Mention {
        let range: Range<Int>
        let agency: String
    }

    /// Every agency name at word boundaries, the longest where names overlap, in text order.
    private func mentions(in bytes: [UInt8]) -> [Mention] {
        var hits: [Mention] = []
        // Each name's matches do not overlap each other: after a match the name is tried again past its end.
        var nextFree = [Int](repeating: 0, count: matchers.count)
        for index in bytes.indices {
            for matcher in matchersByFirstByte[Int(bytes[index])] where index >= nextFree[matcher] {
                let pattern = matchers[matcher].pattern
                let end = index + pattern.count
                guard end <= bytes.count, bytes[index..<end].elementsEqual(pattern),
                      isBoundary(bytes, index - 1), isBoundary(bytes, end) else { continue }
                hits.append(Mention(range: index..<end, agency: matchers[matcher].agency))
                nextFree[matcher] = end
            }
        }
        hits.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var result: [Mention] = []
        for hit in hits where result.last.map({ $0.range.upperBound <= hit.range.lowerBound }) ?? true {
            result.append(hit)
        }
        return result
    }

    /// Letters and digits continue a word; bytes of non-ASCII characters count as boundaries
    /// because next to a name they are almost always curly quotes or dashes.
    private func isBoundary(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index >= 0 && index < bytes.count else { return true }
        let byte = bytes[index]
        let isWordByte = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        return !isWordByte
    }

    // MARK: Credit wordings

    private func isCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        isDateline(bytes, range) || isCreditedBefore(bytes, range) || isCreditedAfter(bytes, range)
    }

    /// "BEIJING (Reuters) -", "MOSCOW, April 8 (AP) —": the agency in parentheses before a dash.
    private func isDateline(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var before = range.lowerBound - 1
        while before >= 0 && bytes[before] == 0x20 { before -= 1 }
        guard before >= 0 && bytes[before] == 0x28 else { return false }
        var after = range.upperBound
        while after < bytes.count && bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count && bytes[after] == 0x29 else { return false }
        after += 1
        while after < bytes.count && bytes[after] == 0x20 { after += 1 }
        guard after < bytes.count else { return false }
        if bytes[after] == 0x2D || bytes[after] == 0x3A { return true }
        // En dash and em dash: E2 80 93 / E2 80 94.
        return after + 2 < bytes.count && bytes[after] == 0xE2 && bytes[after + 1] == 0x80
            && (bytes[after + 2] == 0x93 || bytes[after + 2] == 0x94)
    }

    /// "according to [the state news agency] X", "information from A, B and X", "(c) 2024 X".
    private func isCreditedBefore(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let start = max(0, range.lowerBound - 160)
        let window = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
        let clause = Self.lastClause(of: window)
        let folded = clause.lowercased()
        let words = clause.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let foldedWords = words.map { $0.lowercased() }
        // Copyright marks: "(c) Reuters", "© 2024 Reuters".
        for word in foldedWords.suffix(3) where configuration.patterns.copyright.contains(word) { return true }
        for trigger in configuration.patterns.before {
            guard let found = folded.range(of: trigger, options: .backwards) else { continue }
            // The trigger must end a word: "told" but not "toldo".
            if let next = folded[found.upperBound...].first, next.isLetter { continue }
            // Lowercasing can change how many characters a text has: an offset past the clause reads nothing.
            guard let cut = clause.index(
                clause.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: found.upperBound), limitedBy: clause.endIndex)
            else { continue }
            if isCreditGap(clause[cut...]) { return true }
        }
        return false
    }

    private func isCreditGap(_ gap: Substring) -> Bool {
        let words = gap.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
        guard words.count <= configuration.maxGapWords else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true || configuration.gapWords.contains(word.lowercased())
                || aliasWords.contains(String(word))
        }
    }

    /// The text after the last sentence or clause break, where a credit phrase still governs the name.
    private static func lastClause(of window: String) -> Substring {
        var cut = window.startIndex
        var index = window.startIndex
        while index < window.endIndex {
            let character = window[index]
            let next = window.index(after: index)
            if character == "\n" || character == ";" || character == "\"" || character == "“" || character == "”" {
                cut = next
            } else if character == "." || character == "!" || character == "?" {
                // A period followed by a space ends a sentence; the initials of "U.S. officials" do not.
                if next < window.endIndex, window[next] == " ", !isInitial(window, before: index) { cut = next }
            }
            index = next
        }
        return window[cut...]
    }

    /// Whether the period at `index` follows a lone capital letter ("U.S.", "J. Smith").
    private static func isInitial(_ text: String, before index: String.Index) -> Bool {
        guard index > text.startIndex else { return false }
        let letterIndex = text.index(before: index)
        guard text[letterIndex].isUppercase else { return false }
        guard letterIndex > text.startIndex else { return true }
        let previous = text[text.index(before: letterIndex)]
        return !previous.isLetter
    }

    /// "X reported", "X news agency reported", "X’s ... said", "X contributed to this report".
    private func isCreditedAfter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let end = min(bytes.count, range.upperBound + 80)
        var rest = String(decoding: bytes[range.upperBound..<end], as: UTF8.self).lowercased()
        if rest.hasPrefix("'s") || rest.hasPrefix("’s") { rest = String(rest.dropFirst(2)) }
        var words = rest.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        var skipped = 0
        while let first = words.first, skipped < 3, configuration.patterns.descriptors.contains(first) {
            words.removeFirst()
            skipped += 1
        }
        guard let verb = words.first else { return false }
        let bare = verb.filter { $0.isLetter }
        return configuration.patterns.after.contains(bare)
    }
}
