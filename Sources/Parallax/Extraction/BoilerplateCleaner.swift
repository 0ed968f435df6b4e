import Foundation

/// Removes boilerplate paragraphs with general rules over marker lists: leading metadata and bylines,
/// social/share/comment/image-credit prompts, "ALSO READ"-style headings with the teasers after them,
/// and author biographies at the end. Used on plain text and on the text of HTML pages alike.
package struct BoilerplateCleaner: Sendable {
    /// The marker lists and the size limits that keep the rules from eating real paragraphs.
    package struct Configuration: Sendable {
        package var markers: BoilerplateMarkers
        /// A prompt line longer than this is kept: real paragraphs may start with "Photo" or "Share".
        package var maxPromptWords: Int
        /// A line after a related heading is a teaser when it ends in "…" or is at most this long with no final period.
        package var maxTeaserWords: Int
        /// How many paragraphs at the top may hold metadata lines.
        package var leadingParagraphs: Int
        /// A metadata line longer than this is kept unless it also holds a prompt ("Follow us on").
        package var maxMetadataWords: Int
        /// How many paragraphs at the end are searched for an author biography.
        package var biographyWindow: Int

        package init(
            markers: BoilerplateMarkers = .default, maxPromptWords: Int = 40, maxTeaserWords: Int = 20,
            leadingParagraphs: Int = 3, maxMetadataWords: Int = 14, biographyWindow: Int = 4
        ) {
            self.markers = markers
            self.maxPromptWords = maxPromptWords
            self.maxTeaserWords = maxTeaserWords
            self.leadingParagraphs = leadingParagraphs
            self.maxMetadataWords = maxMetadataWords
            self.biographyWindow = biographyWindow
        }

        /// The default marker lists; limits sized on news pages, where prompts and teasers are one short line.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration
    /// The phrase lists searched inside lines, compiled once (a Foundation search per phrase per line was a tenth of
    /// the time of ingesting plain text).
    private let promptPhrases: FragmentSet
    private let promptPrefixesAnywhere: FragmentSet
    private let biographyPhrases: FragmentSet

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        promptPhrases = FragmentSet(configuration.markers.promptPhrases)
        promptPrefixesAnywhere = FragmentSet(configuration.markers.promptPrefixes)
        biographyPhrases = FragmentSet(configuration.markers.biographyPhrases)
    }

    /// `paragraphs` (whitespace already collapsed) without boilerplate.
    package func clean(_ paragraphs: [String]) -> CleanedParagraphs {
        var kept: [String] = []
        var removed: [String] = []
        var published: CalendarDate?
        var authors: [String] = []
        var inTeasers = false
        for (index, original) in paragraphs.enumerated() {
            let paragraph = removingInlineCredits(original)
            let folded = paragraph.lowercased()
            if paragraph.isEmpty { continue }
            if index < configuration.leadingParagraphs && kept.count <= 1 {
                if let names = byline(paragraph, folded: folded) {
                    if authors.isEmpty { authors = names }
                    removed.append(original)
                    continue
                }
                if let date = metadataDate(paragraph, folded: folded) {
                    if published == nil { published = date }
                    removed.append(original)
                    continue
                }
            }
            if inTeasers {
                if isTeaser(paragraph) { removed.append(original); continue }
                inTeasers = false
            }
            if isRelatedHeading(folded) {
                inTeasers = true
                removed.append(original)
                continue
            }
            if isInlineRelatedTeaser(folded) || isPrompt(folded) {
                removed.append(original)
                continue
            }
            kept.append(paragraph)
        }
        removeTrailingBlocks(&kept, removed: &removed)
        return CleanedParagraphs(paragraphs: kept, published: published, authors: authors, removed: removed)
    }

    // MARK: Prompts and headings

    private func isPrompt(_ folded: String) -> Bool {
        guard ExtractionText.wordCount(folded) <= configuration.maxPromptWords else { return false }
        let markers = configuration.markers
        if markers.promptPrefixes.contains(where: { folded.hasPrefix($0) }) { return true }
        if markers.wholeLines.contains(headingKey(folded)) { return true }
        // A short line that only carries prompt phrases ("Google News, Twitter and WhatsApp").
        return ExtractionText.wordCount(folded) <= configuration.maxTeaserWords
            && promptPhrases.occurs(in: Array(folded.utf8))
    }

    private func headingKey(_ folded: String) -> String {
        ExtractionText.trimmed(folded, removing: " :|-–—•>»›▶*#.")
    }

    private func isRelatedHeading(_ folded: String) -> Bool {
        let key = headingKey(folded)
        let markers = configuration.markers
        if markers.relatedHeadings.contains(key) { return true }
        // "More from Reuters", "More in Politics": a heading that starts with "more" and stays short.
        return ExtractionText.wordCount(key) <= 4
            && markers.relatedHeadings.contains(where: { $0.hasPrefix("more ") && key.hasPrefix($0 + " ") })
    }

    /// "ALSO READ | Headline of another story": heading and teaser on one line.
    private func isInlineRelatedTeaser(_ folded: String) -> Bool {
        guard ExtractionText.wordCount(folded) <= configuration.maxTeaserWords + 6 else { return false }
        for heading in configuration.markers.relatedHeadings where folded.hasPrefix(heading) {
            let rest = folded.dropFirst(heading.count).drop(while: { $0 == " " })
            if let first = rest.first, ":|-–—•>»".contains(first) { return true }
        }
        return false
    }

    private func isTeaser(_ paragraph: String) -> Bool {
        if ExtractionText.endsWithEllipsis(paragraph) { return true }
        return ExtractionText.wordCount(paragraph) <= configuration.maxTeaserWords
            && !ExtractionText.endsLikeSentence(paragraph)
    }

    // MARK: Leading metadata

    /// The names of a byline ("By Jane Doe", "By Jane Doe and John Roe, Reuters"), or nil.
    private func byline(_ paragraph: String, folded: String) -> [String]? {
        guard folded.hasPrefix("by "), ExtractionText.wordCount(paragraph) <= 10 else { return nil }
        let names = paragraph.dropFirst(3)
            .split(separator: "|").first.map(String.init) ?? ""
        let parts = names.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
            .map { ExtractionText.trimmed(String($0)) }.filter { !$0.isEmpty }
        let looksLikeNames = parts.allSatisfy { name in
            name.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
        }
        return looksLikeNames && !parts.isEmpty ? parts : nil
    }

    /// The date of a leading metadata line, which is then removed; nil when the line is not metadata.
    private func metadataDate(_ paragraph: String, folded: String) -> CalendarDate? {
        let words = ExtractionText.wordCount(paragraph)
        let date = DateTextParser.firstDate(in: paragraph)
        let isMarked = configuration.markers.metadataPrefixes.contains(where: { folded.hasPrefix($0) })
        if isMarked, let date {
            let bytes = Array(folded.utf8)
            let hasPrompt = promptPrefixesAnywhere.occurs(in: bytes) || promptPhrases.occurs(in: bytes)
            return words <= configuration.maxMetadataWords || hasPrompt ? date : nil
        }
        // A line that is only a date, perhaps with a time: "April 9, 2024 10:32 IST".
        if let date, words <= 6, !ExtractionText.endsLikeSentence(paragraph) { return date }
        return nil
    }

    // MARK: Inline credits

    private func removingInlineCredits(_ paragraph: String) -> String {
        guard paragraph.contains("(") else { return paragraph }
        // Copied piece by piece instead of removed in place: an index into a string is not valid after the
        // string changes (a combining mark after ")" joins the character before "(").
        var text = ""
        var rest = paragraph[...]
        while let open = rest.firstIndex(of: "(") {
            let lead = rest[open...].prefix(24).lowercased()
            if configuration.markers.inlineCreditPrefixes.contains(where: { lead.hasPrefix($0) }),
               let close = rest[open...].firstIndex(of: ")") {
                text += rest[..<open]
                rest = rest[rest.index(after: close)...]
            } else {
                text += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        text += rest
        return ExtractionText.collapsingWhitespace(text)
    }

    // MARK: The end of the article

    /// Removes, from the end, runs of truncated teasers and an author biography (with its name line or heading).
    private func removeTrailingBlocks(_ kept: inout [String], removed: inout [String]) {
        var changed = true
        while changed && !kept.isEmpty {
            changed = false
            // Two or more truncated teasers ending the text are a link list whose heading was lost.
            var run = 0
            while run < kept.count && ExtractionText.endsWithEllipsis(kept[kept.count - 1 - run]) { run += 1 }
            if run >= 2 {
                removed.append(contentsOf: kept.suffix(run))
                kept.removeLast(run)
                changed = true
                continue
            }
            if let bio = biographyRange(kept) {
                removed.append(contentsOf: kept[bio])
                kept.removeSubrange(bio)
                changed = true
            }
        }
    }

    private func biographyRange(_ kept: [String]) -> Range<Int>? {
        let lowest = max(0, kept.count - configuration.biographyWindow)
        for index in stride(from: kept.count - 1, through: max(lowest, 1), by: -1) {
            let paragraph = kept[index]
            let phrases = biographyPhrases.count(in: Array(paragraph.lowercased().utf8), upTo: Int.max)
            guard phrases > 0, startsWithNameIntroduction(paragraph) else { continue }
            let previous = kept[index - 1]
            let previousKey = headingKey(previous.lowercased())
            let hasHeading = configuration.markers.biographyHeadings.contains(previousKey)
            let hasNameLine = isBareName(previous)
                && paragraph.hasPrefix(String(previous.split(separator: " ").first ?? ""))
            if hasHeading || hasNameLine { return (index - 1)..<kept.count }
            // Without a name line, only a paragraph full of biography words counts.
            if phrases >= 2 && index == kept.count - 1 { return index..<kept.count }
        }
        return nil
    }

    /// "Jane Doe, a ...", "Jane Doe is a ...", "Jane Doe has ...", "Jane writes ...".
    private func startsWithNameIntroduction(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ", maxSplits: 6).map(String.init)
        for count in 1...min(4, max(1, words.count - 1)) {
            let name = words.prefix(count)
            guard name.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
            let last = name.last!
            if last.hasSuffix(",") { return true }
            let next = words[count].lowercased()
            if ["is", "has", "writes", "covers", "was", "holds"].contains(next) { return true }
        }
        return false
    }

    /// A line of one to four capitalized words and nothing else: a name set apart.
    private func isBareName(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’"
            }
        }
    }
}
