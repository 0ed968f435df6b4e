/// A real text cut into paragraphs of whitespace-separated words, the material the generator splices and edits.
///
/// Lines are paragraphs; a line longer than `longParagraph` words (ECB+ texts are one line) is cut after sentence
/// ends into paragraphs of about `sentencesPerParagraph` sentences, so splicing works on paragraph-sized pieces.
public struct SourceText: Sendable, Hashable {
    public let paragraphs: [[String]]

    public init(paragraphs: [[String]]) { self.paragraphs = paragraphs }

    public init(text: String, longParagraph: Int = 80, sentencesPerParagraph: Int = 3) {
        var paragraphs: [[String]] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if words.isEmpty { continue }
            if words.count <= longParagraph {
                paragraphs.append(words)
                continue
            }
            var current: [String] = []
            var sentences = 0
            for (index, word) in words.enumerated() {
                current.append(word)
                let next = index + 1 < words.count ? words[index + 1] : nil
                if Self.endsSentence(word, before: next) {
                    sentences += 1
                    if sentences == sentencesPerParagraph {
                        paragraphs.append(current)
                        current = []
                        sentences = 0
                    }
                }
            }
            if !current.isEmpty { paragraphs.append(current) }
        }
        self.paragraphs = paragraphs
    }

    public var wordCount: Int { paragraphs.reduce(0) { $0 + $1.count } }

    /// The text: words joined by spaces, paragraphs by blank lines.
    public var text: String { Self.render(paragraphs) }

    static func render(_ paragraphs: [[String]]) -> String {
        paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
    }

    /// A word ending in `.`, `!` or `?` (maybe followed by a closing quote or bracket) before a capitalized word.
    static func endsSentence(_ word: String, before next: String?) -> Bool {
        guard let next, let first = next.utf8.first else { return false }
        var last = word.utf8.last
        if let byte = last, byte == 0x22 || byte == 0x27 || byte == 0x29 { last = word.utf8.dropLast().last }
        guard let end = last, end == 0x2E || end == 0x21 || end == 0x3F else { return false }
        return (first >= 0x41 && first <= 0x5A) || first == 0x22 || first == 0x27 || first >= 0x80
    }
}
