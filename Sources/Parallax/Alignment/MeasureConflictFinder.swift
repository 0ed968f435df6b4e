import Foundation

/// Finds a thing the sources measure two ways in a compound modifier: "the 48-page indictment" against "the
/// 47-page indictment". A definite noun phrase names one thing of the story, so each outlet that states one
/// value for "the N-unit noun" gives that thing's measure; different values from different outlets contradict.
///
/// Only singular nouns count, at least one outlet must say "the", and an outlet that gives two values for the
/// same noun and unit (two indictments) takes no part.
struct MeasureConflictFinder: Sendable {
    private struct Phrase {
        let article: Int
        let value: Int
        let definite: Bool
        let valueRange: NSRange
    }

    private static let pattern = try! NSRegularExpression(
        pattern: #"\b(the|a|an)\s+(\d{1,6})-([a-z]{3,})\s+([a-z]{3,})\b"#, options: [.caseInsensitive])

    func conflicts(in story: Story, units: [StatementUnit]) -> [Conflict] {
        let outlet = FactBuilder.outlets(of: story)
        var phrases: [String: [Phrase]] = [:]
        for (index, analyzed) in story.articles.enumerated() {
            let text = analyzed.article.text as NSString
            for match in Self.pattern.matches(in: analyzed.article.text, range: NSRange(location: 0, length: text.length)) {
                let noun = text.substring(with: match.range(at: 4)).lowercased()
                guard !noun.hasSuffix("s") || noun.hasSuffix("ss"), let value = Int(text.substring(with: match.range(at: 2))) else { continue }
                let key = text.substring(with: match.range(at: 3)).lowercased() + " " + noun
                let valueRange = NSRange(location: match.range(at: 2).location,
                                         length: match.range(at: 4).location - 1 - match.range(at: 2).location)
                phrases[key, default: []].append(Phrase(
                    article: index, value: value, definite: text.substring(with: match.range(at: 1)).lowercased() == "the",
                    valueRange: valueRange))
            }
        }
        var conflicts: [Conflict] = []
        for key in phrases.keys.sorted() {
            let found = phrases[key]!
            // One value per outlet, or the outlet speaks of several things.
            let byOutlet = Dictionary(grouping: found) { outlet[$0.article] }
            guard byOutlet.values.allSatisfy({ Set($0.map(\.value)).count == 1 }), byOutlet.count >= 2,
                Set(found.map(\.value)).count >= 2, found.contains(where: \.definite) else { continue }
            let claims = byOutlet.keys.sorted().compactMap { outletIndex -> Claim? in
                let phrase = byOutlet[outletIndex]!.first!
                let analyzed = story.articles[phrase.article]
                guard let range = Range(phrase.valueRange, in: analyzed.article.text) else { return nil }
                let span = analyzed.article.span(of: range)
                guard let unit = units.first(where: { $0.article == phrase.article && $0.statement.span.contains(span) }) else { return nil }
                return Claim(statement: unit.statement, value: String(analyzed.article.text[range]), valueSpan: span)
            }
            guard Set(claims.map(\.value)).count >= 2 else { continue }
            let parts = key.split(separator: " ")
            conflicts.append(Conflict(slot: .number, about: "how many \(parts[0])s the \(parts[1]) has", claims: claims))
        }
        return conflicts
    }
}
