import Foundation
import Parallax

/// The closing line of a command that read articles: "read 12 articles; skipped 3: 2 unknown extension,
/// 1 binary content; 4 stories".
struct InputSummary {
    let read: Int
    let skipped: [Diagnostic]
    /// The stories made, in words ("4 stories", "2 new stories"); nil for commands that do not cluster.
    let stories: String?

    var line: String {
        var parts = ["read " + Self.count(read, "article")]
        if !skipped.isEmpty {
            var count: [String: Int] = [:]
            for diagnostic in skipped { count[Self.reason(of: diagnostic.message), default: 0] += 1 }
            let reasons = count.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
            parts.append("skipped \(skipped.count): " + reasons.joined(separator: ", "))
        }
        if let stories { parts.append(stories) }
        return parts.joined(separator: "; ")
    }

    /// "1 article", "2 articles", "1 new story", "3 new stories".
    static func count(_ number: Int, _ noun: String) -> String {
        let plural = noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
        return "\(number) " + (number == 1 ? noun : String(plural))
    }

    /// A message's reason: its words before the details, which follow in parentheses or after a colon
    /// ("too large (70 MB; …)" → "too large", "item 3: not an article: …" → "not an article").
    static func reason(of message: String) -> String {
        var text = Substring(message)
        if text.hasPrefix("item "), let colon = text.firstIndex(of: ":") { text = text[text.index(after: colon)...] }
        let end = text.firstIndex { $0 == "(" || $0 == ":" } ?? text.endIndex
        return text[..<end].trimmingCharacters(in: .whitespaces)
    }
}
