import Foundation
import Parallax

/// Scores speaker attribution against annotated quoted spans (BASIL's `quote-speakers.jsonl`): right, wrong, missing.
///
/// A span is found through the quote occurrences of its article that overlap it (quotation marks and edge
/// punctuation trimmed); the speaker is right when one of them names the annotated speaker: every word of one
/// name matches a word of the other (a word matches itself or, from four letters, a longer word it begins), the
/// reported name taken as its story entity's full name.
package struct QuoteSpeakerEvaluator: Sendable {
    /// One annotated quoted span.
    package struct Item: Codable, Sendable {
        package let story: String
        package let article: String
        package let fragment: String
        package let speaker: String

        package init(story: String, article: String, fragment: String, speaker: String) {
            self.story = story
            self.article = article
            self.fragment = fragment
            self.speaker = speaker
        }
    }

    /// The outcome of one item.
    package enum Outcome: String, Sendable { case right, wrong, missing }

    package init() {}

    /// The outcome of each item, with what was reported (a speaker, or why none was).
    package func evaluate(_ items: [Item], result: PipelineResult) -> [(item: Item, outcome: Outcome, reported: String)] {
        var articles: [ArticleID: (article: AnalyzedArticle, story: AlignedStory)] = [:]
        for aligned in result.stories {
            for analyzed in aligned.story.articles { articles[analyzed.id] = (analyzed, aligned) }
        }
        return items.map { item in
            guard let (analyzed, story) = articles[ArticleID(item.article)] else { return (item, .missing, "article not read") }
            let trimmed = item.fragment.trimmingCharacters(in: Self.edges)
            // A fragment the article holds more than once ("phony") may be any of its places.
            let text = analyzed.article.text
            var spans: [TextSpan] = []
            var searchStart = text.startIndex
            while let range = text.range(of: trimmed, range: searchStart..<text.endIndex) {
                spans.append(analyzed.article.span(of: range))
                searchStart = range.upperBound
            }
            guard !spans.isEmpty else { return (item, .missing, "not in the text") }
            let speakers = story.quotes.flatMap(\.occurrences).filter { occurrence in spans.contains { occurrence.span.overlaps($0) } }
                .compactMap(\.speaker)
                .map { speaker in story.entities.first { $0.aliases.contains(speaker) }?.name ?? speaker }
            if speakers.contains(where: { Self.sameName($0, item.speaker) }) { return (item, .right, item.speaker) }
            if let speaker = speakers.first { return (item, .wrong, speaker) }
            return (item, .missing, "no speaker")
        }
    }

    private static let edges = CharacterSet(charactersIn: "\"“”‘’'.,;: ").union(.whitespacesAndNewlines)

    /// Whether the annotators named a group or an organization rather than one person ("city lawmakers",
    /// "Senate Democrats", "Berg campaign", "ACLU", "Green Party"): a lowercase word, an all-capitals name, a
    /// party's plural noun, or an organization's head word. A text often names one member as the speaker, which
    /// such an annotation counts as wrong.
    package static func isGroup(_ speaker: String) -> Bool {
        let words = speaker.split(separator: " ").map(String.init)
        if words.contains(where: { $0.first?.isLowercase == true }) { return true }
        if words.count == 1, speaker.count >= 2, speaker == speaker.uppercased() { return true }
        if let last = words.last?.lowercased() {
            if NameAliases.named(by: last)?.kind == .organization, last.hasSuffix("s") { return true }
            if NameLexicon.organizationHeads.contains(last) { return true }
        }
        return false
    }

    /// Whether two speaker names name one person by their words (see the type's comment).
    package static func sameName(_ a: String, _ b: String) -> Bool {
        let first = GoldEvaluator.fold(a.folding(options: .diacriticInsensitive, locale: nil)).split(separator: " ")
        let second = GoldEvaluator.fold(b.folding(options: .diacriticInsensitive, locale: nil)).split(separator: " ")
        func within(_ x: [Substring], _ y: [Substring]) -> Bool {
            !x.isEmpty && x.allSatisfy { word in y.contains { matches(word, $0) } }
        }
        return within(first, second) || within(second, first)
    }

    private static func matches(_ a: Substring, _ b: Substring) -> Bool {
        a == b || (min(a.count, b.count) >= 4 && (a.hasPrefix(b) || b.hasPrefix(a)))
    }
}
