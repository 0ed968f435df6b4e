/// One section of a brief, in the outline every renderer walks (text, Markdown, HTML and the server's story
/// page): which sections a brief has and their order live here, so a new section is added in one place and the
/// compiler then asks each renderer how to write it.
package enum BriefSection: Sendable {
    case summary([SummarySentence])
    case developments([Development])
    case agreement([Fact])
    case uniqueFacts([Fact])
    case conflicts([Conflict])
    case quotes([StoryQuote])
    case entities([StoryEntity])
    case timeline([TimelineEntry])
    case copies([CopyRelation])
    case related([RelatedStory])
    /// Last, so that a renderer that highlights the cited passages in each source's text knows them all.
    case sources([BriefSource])

    /// The brief's sections in reading order; a section with nothing in it is left out.
    package static func outline(of brief: Brief) -> [BriefSection] {
        let all: [(BriefSection, isEmpty: Bool)] = [
            (.summary(brief.summary), brief.summary.isEmpty),
            (.developments(brief.developments), brief.developments.isEmpty),
            (.agreement(brief.agreement), brief.agreement.isEmpty),
            (.uniqueFacts(brief.uniqueFacts), brief.uniqueFacts.isEmpty),
            (.conflicts(brief.conflicts), brief.conflicts.isEmpty),
            (.quotes(brief.quotes), brief.quotes.isEmpty),
            (.entities(brief.entities), brief.entities.isEmpty),
            (.timeline(brief.timeline), brief.timeline.isEmpty),
            (.copies(brief.copies), brief.copies.isEmpty),
            (.related(brief.related), brief.related.isEmpty),
            (.sources(brief.sources), brief.sources.isEmpty),
        ]
        return all.filter { !$0.isEmpty }.map(\.0)
    }

    /// The section's heading in the brief's renderers (the story page words its own for a general reader).
    package var title: String {
        switch self {
        case .summary: "Summary"
        case .developments: "Developments"
        case .agreement: "Agreement"
        case .uniqueFacts: "Only in one source"
        case .conflicts: "Contradictions"
        case .quotes: "Quotes by speaker"
        case .entities: "Entities"
        case .timeline: "Timeline"
        case .copies: "Copies"
        case .related: "Related coverage"
        case .sources: "Sources"
        }
    }
}
