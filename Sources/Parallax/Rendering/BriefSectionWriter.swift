/// A renderer's writer of a brief's sections, one method per kind of section, each given the section's heading:
/// `write(_:)` dispatches, so a section added to `BriefSection` is added here and every writer must write it.
protocol BriefSectionWriter {
    mutating func writeSummary(_ summary: [SummarySentence], _ title: String)
    mutating func writeDevelopments(_ developments: [Development], _ title: String)
    mutating func writeAgreement(_ facts: [Fact], _ title: String)
    mutating func writeUniqueFacts(_ facts: [Fact], _ title: String)
    mutating func writeConflicts(_ conflicts: [Conflict], _ title: String)
    mutating func writeQuotes(_ quotes: [StoryQuote], _ title: String)
    mutating func writeEntities(_ entities: [StoryEntity], _ title: String)
    mutating func writeTimeline(_ timeline: [TimelineEntry], _ title: String)
    mutating func writeCopies(_ copies: [CopyRelation], _ title: String)
    mutating func writeRelated(_ related: [RelatedStory], _ title: String)
    mutating func writeSources(_ sources: [BriefSource], _ title: String)
}

extension BriefSectionWriter {
    /// Writes every section of the brief's outline, in order.
    mutating func writeSections(of brief: Brief) {
        for section in BriefSection.outline(of: brief) { write(section) }
    }

    mutating func write(_ section: BriefSection) {
        let title = section.title
        switch section {
        case .summary(let sentences): writeSummary(sentences, title)
        case .developments(let developments): writeDevelopments(developments, title)
        case .agreement(let facts): writeAgreement(facts, title)
        case .uniqueFacts(let facts): writeUniqueFacts(facts, title)
        case .conflicts(let conflicts): writeConflicts(conflicts, title)
        case .quotes(let quotes): writeQuotes(quotes, title)
        case .entities(let entities): writeEntities(entities, title)
        case .timeline(let entries): writeTimeline(entries, title)
        case .copies(let copies): writeCopies(copies, title)
        case .related(let stories): writeRelated(stories, title)
        case .sources(let sources): writeSources(sources, title)
        }
    }
}
