/// Builds the story's timeline: resolved dates, one entry per date and event, described by the clause of
/// the best-supported statement that states it.
struct TimelineBuilder: Sendable {
    let threshold: Double

    func build(
        units: [StatementUnit], features: [StatementFeatures], similarity: StatementSimilarity, facts: FactBuilder.Result
    ) -> [TimelineEntry] {
        var entries: [(date: CalendarDate, units: [Int], mentions: [DateMention])] = []
        for unit in units.indices where !units[unit].isHeadline && !units[unit].isBoilerplate {
            for dated in features[unit].dates {
                let index = entries.firstIndex { entry in
                    entry.date == dated.date && entry.units.contains { other in
                        other == unit || facts.groupOfUnit[other] == facts.groupOfUnit[unit]
                            || similarity.similarity(features[other], features[unit]) >= threshold
                    }
                }
                if let index {
                    if !entries[index].units.contains(unit) { entries[index].units.append(unit) }
                    if !entries[index].mentions.contains(dated.mention) { entries[index].mentions.append(dated.mention) }
                } else {
                    entries.append((dated.date, [unit], [dated.mention]))
                }
            }
        }
        // Entries were made in article order, so a stable sort by date keeps first mentions first.
        let ordered = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        return ordered.map { _, entry in
            let best = entry.units.min { facts.support[$0] != facts.support[$1] ? facts.support[$0] > facts.support[$1] : $0 < $1 }!
            return TimelineEntry(date: entry.date, text: units[best].statement.text, mentions: entry.mentions)
        }
    }
}
