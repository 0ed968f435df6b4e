/// Small text helpers every renderer shares: one-line text, abbreviation, wording of counts and percentages.
package enum DisplayText {
    /// The text on one line: runs of whitespace and control characters (which could drive a terminal) become one space.
    static func singleLine(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The text cut at a word boundary to at most `limit` characters, with "…" when cut.
    static func abbreviated(_ text: String, to limit: Int) -> String {
        let line = singleLine(text)
        guard line.count > limit, limit > 1 else { return line }
        let cut = line.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        let trimmed = atWord.count >= limit / 2 ? atWord : cut
        return trimmed.trimmingTrailing { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" } + "…"
    }

    /// "1 source", "3 sources".
    package static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(value) \(value == 1 ? singular : plural)"
    }

    /// "3 sources", or "3 sources, 4 articles" when an outlet published more than one of the story's articles.
    static func sources(of brief: Brief) -> String {
        let outlets = count(brief.outletCount, "source", "sources")
        return brief.outletCount == brief.sources.count ? outlets : outlets + ", " + count(brief.sources.count, "article", "articles")
    }

    /// A 0–1 similarity as a whole percentage ("96%"), formatted by hand so no locale can change it.
    package static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "?%" }
        return "\(Int((fraction * 100).rounded()))%"
    }

    /// A statement's place in its article: "a1:120-188" (UTF-8 bytes).
    static func span(_ span: TextSpan) -> String {
        "\(span.article.rawValue):\(span.start)-\(span.end)"
    }

    /// " (credits Reuters, AFP)" after an original that credits wires, so a reader sees whose copy travelled.
    static func credits(_ wires: [String]) -> String {
        wires.isEmpty ? "" : " (credits " + wires.joined(separator: ", ") + ")"
    }

    /// The heading of a speaker's quotes.
    static func speaker(_ name: String?) -> String {
        name.map(singleLine) ?? "Unattributed"
    }
}

extension Substring {
    /// The substring without trailing characters matching `predicate`, as a String.
    fileprivate func trimmingTrailing(where predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
