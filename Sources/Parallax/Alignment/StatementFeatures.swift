/// What one statement says, in comparable form: weighted terms, and the slot values conflicts compare.
package struct StatementFeatures: Sendable {
    /// Distinct terms: "w:" content stems (synonyms folded), "e:" entities, "p:" places (countries, capitals),
    /// "d:" resolved dates, "n:" numbers with units.
    var terms: Set<String> = []
    /// Resolved dates the statement states, with where they are.
    var dates: [DatedPhrase] = []
    var numbers: [NumberMention] = []
    /// For each number, the terms of the nearest content words before and after it (as `DatedPhrase.neighbors`).
    var numberNeighbors: [[String]] = []
    /// Person entities (story entity indices) in order of mention; the first is taken as the agent.
    var persons: [Int] = []
    /// The token where each of `persons` is first mentioned.
    var personTokens: [Int] = []
    /// Classes of event qualifiers ("last", "first", "next").
    var qualifiers: Set<String> = []
    /// Whether the statement marks an anniversary or remembrance, whose date is not the event's.
    var isCommemoration = false
    /// Tokens (article token indices) that produced each term, for describing what a conflict is about.
    var termTokens: [String: Int] = [:]
    /// `terms` as ids of `StatementSimilarity`'s vocabulary, ascending (the ids follow the terms' sorted
    /// order); set once the story's similarity is built, so pairs compare integers instead of strings.
    var termIDs: [Int] = []
}

/// A date in a statement: the mention as stated, the calendar date it names, and the content words next to
/// it, which tell what the date is the date of ("visit ... was in February 2022").
struct DatedPhrase: Sendable {
    let mention: DateMention
    var neighbors: [String] = []
    /// Whether the day was worked out from a date the article does not state: a weekday or "today" in an
    /// undated article, resolved against the story's date. Such a day may be off by a day or two.
    var isGuessed = false
    /// A point of reference rather than the time of the event ("the deadliest attack since 1988").
    var isReference = false
    /// The reference cue when it stands right before the date ("since" in "has led since 2002"): two such
    /// dates with the same cue are the same kind of value, the start of one state of affairs.
    var adjacentCue: String?
    var date: CalendarDate { mention.resolved! }
}
