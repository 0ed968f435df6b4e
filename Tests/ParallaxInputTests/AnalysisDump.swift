import Parallax

/// A whole analysis as plain lines, for golden files that show every change to the rules in review: entities
/// with aliases and kinds, quotes with speakers, conflicts with their values, facts, dates and headlines.
///
/// Article text is given by byte ranges only (`fox-1a2b@120-180`), never copied: the gold stories' articles
/// belong to their publishers. Names, date phrases and conflicting values are short enough to show.
enum AnalysisDump {
    static func text(_ result: PipelineResult) -> String {
        var lines: [String] = []
        for (aligned, brief) in zip(result.stories, result.briefs) {
            lines.append("story \(aligned.story.id.rawValue): \(aligned.story.articles.count) articles; headline from "
                + headlineSource(brief.headline, aligned))
            lines.append("entities")
            for entity in aligned.entities where entity.articles.count >= 2 {
                lines.append("  \(entity.kind.rawValue) \(entity.name) [\(entity.aliases.joined(separator: " | "))] "
                    + "in \(entity.articles.count) articles, \(entity.mentions.count) mentions")
            }
            lines.append("quotes")
            for occurrence in aligned.quotes.flatMap(\.occurrences).sorted(by: { $0.span < $1.span }) {
                let speaker = occurrence.speaker.map { "\($0) at \(span(occurrence.speakerSpan))" } ?? "no speaker"
                lines.append("  \(span(occurrence.span)) \(speaker)")
            }
            lines.append("conflicts")
            for conflict in aligned.conflicts {
                let claims = conflict.claims.map { "\($0.value) at \(span($0.valueSpan)) in \(span($0.statement.span))" }
                lines.append("  \(conflict.slot.rawValue): \(claims.joined(separator: " / "))")
            }
            lines.append("facts")
            for fact in aligned.corroborated {
                lines.append("  \(fact.sourceCount) sources: \(fact.statements.map { span($0.span) }.joined(separator: " + "))")
            }
            lines.append("dates")
            for article in aligned.story.articles {
                for date in article.dates {
                    lines.append("  \(span(date.span)) \(date.text) → \(date.resolved?.description ?? "unresolved")")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func span(_ span: TextSpan?) -> String {
        guard let span else { return "-" }
        return "\(span.article.rawValue)@\(span.start)-\(span.end)"
    }

    /// Which article's title the headline is, or that it was made from a sentence.
    private static func headlineSource(_ headline: String, _ aligned: AlignedStory) -> String {
        aligned.story.articles.first { $0.article.metadata.title == headline }.map { "the title of \($0.id.rawValue)" }
            ?? "a sentence"
    }
}
