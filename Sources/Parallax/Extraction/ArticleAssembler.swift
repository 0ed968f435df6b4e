import Foundation

/// The steps both the plain-text and the HTML path end with: boilerplate removal, title, metadata
/// (declared first, then what the content gives), the joined text and its wire credits.
struct ArticleAssembler: Sendable {
    let cleaner: BoilerplateCleaner
    let wires: WireDetector
    let maxTitleWords: Int
    let minBodyWordsAfterTitle: Int

    /// `paragraphs` of `raw` (whitespace collapsed) made into an article; `found` is metadata read from the content.
    /// `detectTitle` takes a short first line as the title (plain text has no markup that says so).
    func assemble(
        _ raw: RawDocument, paragraphs: [String], found: ArticleMetadata, diagnostics: [Diagnostic], detectTitle: Bool
    ) -> Article {
        let cleaned = cleaner.clean(paragraphs.map(ControlCharacters.removed))
        var body = cleaned.paragraphs
        var fromText = ArticleMetadata(authors: cleaned.authors, published: cleaned.published)
        let knownTitle = raw.declared.title ?? found.title
        if let first = body.first, let knownTitle, Self.sameWords(first, knownTitle) {
            body.removeFirst()
        } else if detectTitle, let title = titleCandidate(body) {
            // "2005/01/08 Tsunami aid …": a title line that opens with a date is dated by it.
            let (date, rest) = Self.leadingDate(title)
            fromText.title = rest
            fromText.published = fromText.published ?? date
            body.removeFirst()
        }
        let metadata = raw.declared.filling(from: found).filling(from: fromText).withoutControlCharacters
        var text = body.joined(separator: "\n\n")
        var notes = diagnostics
        // A feed item or record that states a title and no body (a wire flash, a headline list) is an article of
        // one line: its title. Only a title the container declares counts; a page's <title> is no article.
        if text.isEmpty, paragraphs.isEmpty, diagnostics.isEmpty, let title = raw.declared.title.map({ ExtractionText.collapsingWhitespace(ControlCharacters.removed(from: $0)) }),
           !title.isEmpty {
            text = title
            notes.append(Diagnostic(.warning, origin: raw.origin, line: raw.line, message: "no body text: read the title as the article"))
        }
        if text.isEmpty && !notes.contains(where: { $0.severity == .error }) {
            notes.append(Diagnostic(.error, origin: raw.origin, line: raw.line, message: "no text left after removing boilerplate"))
        }
        return Article(
            id: raw.id, origin: raw.origin, text: text, metadata: metadata,
            wires: wires.credits(in: text, article: raw.id), diagnostics: notes
        )
    }

    /// A first paragraph that reads as a headline: short, no final period, and followed by a longer body paragraph.
    private func titleCandidate(_ body: [String]) -> String? {
        guard body.count >= 2 else { return nil }
        let first = body[0]
        let words = ExtractionText.wordCount(first)
        // Headlines have a verb and a subject; one or two words are a label or a dateline ("BEIJING —").
        guard (3...maxTitleWords).contains(words) else { return nil }
        let end = ExtractionText.trimmed(first, removing: "\"'”’)] ").unicodeScalars.last
        guard end != ".", end != ":", end != ",", end != ";", !ExtractionText.endsWithEllipsis(first) else { return nil }
        let next = ExtractionText.wordCount(body[1])
        return next >= minBodyWordsAfterTitle && next > words ? first : nil
    }

    /// A date written `YYYY-MM-DD` or `YYYY/MM/DD` at the start of a line and the rest of the line after it.
    static func leadingDate(_ line: String) -> (date: CalendarDate?, rest: String) {
        let head = String(line.prefix(10)).replacingOccurrences(of: "/", with: "-")
        guard line.utf8.count > 11, line.utf8.dropFirst(10).first == UInt8(ascii: " "),
              let date = DateTextParser.strictISO(head) else { return (nil, line) }
        return (date, ExtractionText.trimmed(String(line.dropFirst(11))))
    }

    /// Equal after case folding and collapsing whitespace and punctuation at the ends.
    static func sameWords(_ lhs: String, _ rhs: String) -> Bool {
        func key(_ text: String) -> String {
            ExtractionText.trimmed(ExtractionText.collapsingWhitespace(text).lowercased(), removing: " .:|-–—")
        }
        return key(lhs) == key(rhs)
    }
}
