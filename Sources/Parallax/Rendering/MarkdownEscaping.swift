import Foundation

/// Makes article-derived text literal in Markdown: no emphasis, links, HTML or entities can sneak in.
enum MarkdownEscaping {
    /// CommonMark lets any ASCII punctuation be escaped with a backslash; these are the ones that can start markup.
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!"]

    /// The text on one line with markup characters backslash-escaped.
    ///
    /// `&` is escaped only where it could start an entity (`&amp;`, `&#38;`), so "Smith & Sons" stays readable.
    static func escape(_ text: String) -> String {
        var result = ""
        let scalars = Array(DisplayText.singleLine(text).unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if special.contains(scalar) || (scalar == "&" && startsEntity(scalars, after: index)) {
                result.unicodeScalars.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static func startsEntity(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next == "#" || next.properties.isAlphabetic
    }

    /// The text as a code span, with a fence longer than any run of backticks inside it.
    static func code(_ text: String) -> String {
        let line = DisplayText.singleLine(text)
        var longest = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = longest > 0 ? " \(line) " : line
        return fence + padded + fence
    }

    /// A link destination: only URLs `HTMLEscaping.linkableURL` accepts, with parentheses percent-encoded.
    static func destination(_ url: String) -> String? {
        guard let safe = HTMLEscaping.linkableURL(url) else { return nil }
        return safe.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
