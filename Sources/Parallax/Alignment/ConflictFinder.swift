import Foundation

/// Finds statements of different sources about the same thing that give incompatible values for one slot:
/// when (dates), how many (numbers), who (the agent), and who said a quotation.
struct ConflictFinder: Sendable {
    let configuration: StoryAligner.Configuration
    /// Person conflicts need nearly the same statement: a different agent is often just another event.
    let personThreshold = 0.55
    /// The most words of a conflict's description.
    let maxAboutWords = 12
    /// Day dates at most this far apart need `nearDayMargin` more similarity to conflict.
    let nearDays = 7
    let nearDayMargin = 0.2
    let unnamedSubjectMargin = 0.2
    let similarityModel: StatementSimilarity

    init(configuration: StoryAligner.Configuration, similarity: StatementSimilarity) {
        self.configuration = configuration
        self.similarityModel = similarity
    }

    struct Context {
        let input: AlignmentInput
        var story: Story { input.story }
        var units: [StatementUnit] { input.units }
        var features: [StatementFeatures] { input.features }
        var merge: EntityMerger.Result { input.merge }
        /// Each entity's last word folded as `NameMatcher.skeleton` folds it: two names can be one person only
        /// when these agree, so most pairs are ruled out without comparing the names.
        let surnameSkeletons: [String]

        init(input: AlignmentInput) {
            self.input = input
            surnameSkeletons = input.merge.entities.map { NameMatcher.skeleton(String($0.name.split(separator: " ").last ?? "")) }
        }

        func maybeSamePerson(_ a: Int, _ b: Int) -> Bool {
            surnameSkeletons[a] == surnameSkeletons[b] && ConflictFinder.maybeSamePerson(merge.entities[a].name, merge.entities[b].name)
        }
    }

    private struct Pair {
        let slot: Conflict.Slot
        let left: Claim
        let right: Claim
        let about: String
    }

    func conflicts(_ context: Context, disputedQuotes: [[(speaker: String, quote: Quote)]]) -> [Conflict] {
        var pairs: [Pair] = []
        let units = context.units
        for (a, b) in context.input.alignablePairs {
            if let pair = dateConflict(a, b, context) ?? numberConflict(a, b, context) ?? personConflict(a, b, context) {
                pairs.append(pair)
            }
        }
        var conflicts = merged(pairs)
        let measured = MeasureConflictFinder().conflicts(in: context.story, units: units)
        conflicts += measured.filter { conflict in
            !conflicts.contains { existing in existing.claims.contains { claim in conflict.claims.contains { $0.statement == claim.statement } } }
        }
        for dispute in disputedQuotes {
            // Only attributions the text states next to the quote count: a speaker carried over from an
            // earlier quote or a resolved "he" is a reading, and a wrong reading is no contradiction.
            // Short quotes are titles and catchwords (a show's name, "destructive") that many people use.
            guard dispute.allSatisfy({ $0.quote.text.split(separator: " ").count >= 5 }) else { continue }
            let claims = dispute.filter { isExplicit($0.quote, context) }.compactMap { entry -> Claim? in
                guard let unit = units.first(where: { $0.statement.span.overlaps(entry.quote.span) }) else { return nil }
                return Claim(statement: unit.statement, value: entry.speaker, valueSpan: entry.quote.speakerSpan ?? entry.quote.span)
            }
            guard Set(claims.map(\.value)).count > 1 else { continue }
            // Two spellings of one person ("Olexandr Marchuk", "Oleksandr Marchuk"), or a speaker the other source names
            // in the same sentence (an apposition, a spokesperson and her principal), are no contradiction.
            let distinct = claims.indices.allSatisfy { i in
                claims.indices.allSatisfy { j in
                    i == j || (!Self.maybeSamePerson(claims[i].value, claims[j].value)
                        && !claims[j].statement.text.contains(String(claims[i].value.split(separator: " ").last ?? "")))
                }
            }
            guard distinct else { continue }
            let words = dispute[0].quote.text.split(separator: " ").prefix(8).joined(separator: " ")
            conflicts.append(Conflict(slot: .speaker, about: "who said “\(words)…”", claims: claims))
        }
        return conflicts
    }

    /// Pairs that share a statement become one conflict with every distinct claim.
    private func merged(_ pairs: [Pair]) -> [Conflict] {
        var conflicts: [(slot: Conflict.Slot, about: String, claims: [Claim])] = []
        for pair in pairs {
            if let index = conflicts.firstIndex(where: { existing in
                existing.slot == pair.slot && existing.claims.contains { $0.statement == pair.left.statement || $0.statement == pair.right.statement }
            }) {
                for claim in [pair.left, pair.right] where !conflicts[index].claims.contains(where: { $0.statement == claim.statement }) {
                    conflicts[index].claims.append(claim)
                }
            } else {
                conflicts.append((pair.slot, pair.about, [pair.left, pair.right]))
            }
        }
        return conflicts.map { Conflict(slot: $0.slot, about: $0.about, claims: $0.claims.sorted { $0.statement.span < $1.statement.span }) }
    }

    private func dateConflict(_ a: Int, _ b: Int, _ context: Context) -> Pair? {
        let (left, right) = (context.features[a], context.features[b])
        guard left.dates.count == 1, right.dates.count == 1,
            (!left.dates[0].isReference && !right.dates[0].isReference)
                || (left.dates[0].adjacentCue != nil && left.dates[0].adjacentCue == right.dates[0].adjacentCue),
            !left.isCommemoration, !right.isCommemoration,
            // Only dates the text states on the calendar, at the same precision: "Monday" against "last week",
            // or "2014" against "December", are more often two moments of one story than one moment told twice.
            Self.isCalendarStated(left.dates[0].mention.expression), Self.isCalendarStated(right.dates[0].mention.expression),
            Self.samePrecision(left.dates[0].date, right.dates[0].date),
            left.qualifiers == right.qualifiers,
            !Self.compatible(left.dates[0].date, right.dates[0].date)
        else { return nil }
        // The dates must be dates of what both say: a word next to one of them is shared ("visit ... was in
        // February 2022" and "trip ... in October"), not of a neighbouring event ("encounter in 2018").
        // Days a few apart are usually different moments of the same story (arrived Monday, talks Tuesday):
        // only nearly identical statements, with both dates next to a shared word, contradict each other.
        let near = Self.daysApart(left.dates[0].date, right.dates[0].date).map { $0 <= nearDays } ?? false
        let shared = left.terms.intersection(right.terms)
        let attached = [left, right].map { $0.dates[0].neighbors.contains(where: shared.contains) }
        // A year that modifies a noun ("the 1998 flood", "a 1976 law") dates that noun: both must be attached.
        let modifier = [a, b].contains { unit in
            let date = context.features[unit].dates[0].mention
            guard case .absolute(let stated) = date.expression, stated.month == nil else { return false }
            let tokens = context.story.articles[context.units[unit].article].tokens
            guard let next = tokens.firstIndex(where: { $0.start >= date.span.end }) else { return false }
            return tokens[next].start == date.span.end + 1 && tokens[next].kind == .word && !tokens[next].isStopWord
                && !tokens[next].isCapitalized
        }
        guard near || modifier ? attached.allSatisfy({ $0 }) : attached.contains(true) else { return nil }
        // A guessed day cannot contradict a day close to it.
        if near, left.dates[0].isGuessed || right.dates[0].isGuessed { return nil }
        let needed = configuration.conflictThreshold + (near ? nearDayMargin : 0) + subjectMargin(left, right)
        guard frameSimilarity(left, right, ignoring: ["d", "n"]) >= needed else { return nil }
        let (x, y) = (left.dates[0].mention, right.dates[0].mention)
        return Pair(
            slot: .date, left: Claim(statement: context.units[a].statement, value: x.text, valueSpan: x.span),
            right: Claim(statement: context.units[b].statement, value: y.text, valueSpan: y.span),
            about: "when " + describe(a, b, context))
    }

    private func numberConflict(_ a: Int, _ b: Int, _ context: Context) -> Pair? {
        let (left, right) = (context.features[a], context.features[b])
        guard !left.numbers.isEmpty, !right.numbers.isEmpty, left.qualifiers == right.qualifiers,
            Self.sameTimeFrame(left, right) else { return nil }
        let leftUnits = Dictionary(grouping: left.numbers.indices) { unitKey(left.numbers[$0], a, context) }
        let rightUnits = Dictionary(grouping: right.numbers.indices) { unitKey(right.numbers[$0], b, context) }
        for key in leftUnits.keys.sorted() where !key.isEmpty {
            guard let xs = leftUnits[key], let ys = rightUnits[key], xs.count == 1, ys.count == 1 else { continue }
            let (x, y) = (left.numbers[xs[0]], right.numbers[ys[0]])
            let (u, v) = (x.value, y.value)
            // Sums and shares must measure the same thing: a content word next to each is shared ("spent $750,000
            // in campaign cash" and "a $43,000 watch" are different sums). A count names what it counts itself.
            let measure = key == "percent" || (key.count == 3 && key == key.uppercased())
            guard !measure || !Set(left.numberNeighbors[xs[0]]).isDisjoint(with: right.numberNeighbors[ys[0]]),
                abs(u - v) > configuration.numberTolerance * max(abs(u), abs(v)),
                frameSimilarity(left, right, ignoring: ["d", "n"]) >= configuration.conflictThreshold + 0.1 + subjectMargin(left, right)
            else { continue }
            return Pair(
                slot: .number, left: Claim(statement: context.units[a].statement, value: x.text, valueSpan: x.span),
                right: Claim(statement: context.units[b].statement, value: y.text, valueSpan: y.span),
                about: x.unit.map(Self.question) ?? "how many: " + describe(a, b, context))
        }
        return nil
    }

    /// Quantities of different periods measure different things ("the rate for 2014" against "from 2007 through
    /// 2014"): when both statements name years or months, each must fit one of the other's. Days are left out:
    /// they date events ("killed 12 on Monday", "began searching on Tuesday"), not the span a quantity covers.
    static func sameTimeFrame(_ left: StatementFeatures, _ right: StatementFeatures) -> Bool {
        let leftPeriods = left.dates.filter { $0.date.day == nil }
        let rightPeriods = right.dates.filter { $0.date.day == nil }
        guard !leftPeriods.isEmpty, !rightPeriods.isEmpty else { return true }
        return leftPeriods.allSatisfy { x in rightPeriods.contains { compatible(x.date, $0.date) } }
            && rightPeriods.allSatisfy { y in leftPeriods.contains { compatible(y.date, $0.date) } }
    }

    private func personConflict(_ a: Int, _ b: Int, _ context: Context) -> Pair? {
        let (left, right) = (context.features[a], context.features[b])
        let entities = context.merge.entities
        guard left.qualifiers == right.qualifiers, let x = agent(left, right), let y = agent(right, left), x != y,
            !right.persons.contains(where: { context.maybeSamePerson($0, x) }),
            !left.persons.contains(where: { context.maybeSamePerson($0, y) }),
            frameSimilarity(left, right, ignoring: ["e"]) >= personThreshold,
            let xSpan = mentionSpan(of: x, in: a, context), let ySpan = mentionSpan(of: y, in: b, context)
        else { return nil }
        // "Joe Carver" and "Joseph T. Carver" may well be one person: no contradiction.
        if context.maybeSamePerson(x, y) { return nil }
        return Pair(
            slot: .person, left: Claim(statement: context.units[a].statement, value: entities[x].name, valueSpan: xSpan),
            right: Claim(statement: context.units[b].statement, value: entities[y].name, valueSpan: ySpan),
            about: "who: " + describe(a, b, context, ignoringPersons: true))
    }

    /// Numbers compare only with numbers of the same unit; bare counts take the word they count. A number
    /// after a word is a label ("stage 13", "Article 5", "No. 3"), not a quantity: it gets no key.
    private func unitKey(_ number: NumberMention, _ unit: Int, _ context: Context) -> String {
        let article = context.story.articles[context.units[unit].article]
        let before = article.article.text.utf8.prefix(number.span.start).suffix(8)
        let lead = String(decoding: before, as: UTF8.self).lowercased().trimmingCharacters(in: .whitespaces)
        if lead.hasSuffix(" no.") || lead.hasSuffix(" no") || lead.hasSuffix("number") || lead.hasSuffix("#") { return "" }
        if let name = number.unit { return name }
        if let previous = article.lastToken(endingBy: number.span.start),
            context.units[unit].tokens.contains(previous), article.tokens[previous].kind == .word,
            !article.tokens[previous].isStopWord {
            return ""
        }
        guard let next = article.firstToken(startingFrom: number.span.end),
            context.units[unit].tokens.contains(next), article.tokens[next].kind == .word, !article.tokens[next].isStopWord
        else { return "" }
        return article.tokens[next].stem
    }

    /// The person doing what both statements describe: a person named before the first shared content word
    /// (the subject position); "he will meet Wang Yi" has no named agent.
    private func agent(_ a: StatementFeatures, _ b: StatementFeatures) -> Int? {
        let predicate: Int?
        if a.termIDs.count == a.terms.count, b.termIDs.count == b.terms.count {
            // The same shared "w:" terms, found on the sorted ids.
            let word = UInt8(ascii: "w")
            predicate = StatementSimilarity.sharedIDs(a.termIDs, b.termIDs)
                .filter { similarityModel.kindOfID[$0] == word }
                .compactMap { a.termTokens[similarityModel.termOfID[$0]] }.min()
        } else {
            predicate = a.terms.intersection(b.terms).filter { $0.hasPrefix("w:") }.compactMap({ a.termTokens[$0] }).min()
        }
        guard let predicate,
            let first = a.personTokens.indices.first(where: { a.personTokens[$0] < predicate })
        else { return nil }
        return a.persons[first]
    }

    private func frameSimilarity(_ a: StatementFeatures, _ b: StatementFeatures, ignoring: Set<Character>) -> Double {
        similarityModel.similarity(a, b, ignoring: ignoring, minContentWeight: configuration.conflictMinSharedContentWeight)
    }

    static func daysApart(_ a: CalendarDate, _ b: CalendarDate) -> Int? {
        guard let m = a.month, let d = a.day, let n = b.month, let e = b.day else { return nil }
        return abs(GregorianCalendar.dayNumber(year: a.year, month: m, day: d) - GregorianCalendar.dayNumber(year: b.year, month: n, day: e))
    }

    /// Statements that name no common person or place ("the earthquake killed 12") must be closer to count
    /// as the same statement.
    private func subjectMargin(_ a: StatementFeatures, _ b: StatementFeatures) -> Double {
        a.terms.intersection(b.terms).contains { $0.hasPrefix("e:") || $0.hasPrefix("p:") } ? 0 : unnamedSubjectMargin
    }

    private func mentionSpan(of entity: Int, in unit: Int, _ context: Context) -> TextSpan? {
        let article = context.units[unit].article
        let mentions = context.story.articles[article].entities
        return mentions.indices.first {
            context.merge.mentionEntity[article][$0] == entity && context.units[unit].statement.span.contains(mentions[$0].span)
        }.map { mentions[$0].span }
    }

    /// What both statements are about: the words of the first from its first to its last shared term.
    private func describe(_ a: Int, _ b: Int, _ context: Context, ignoringPersons: Bool = false) -> String {
        let shared = context.features[a].terms.intersection(context.features[b].terms).filter {
            !$0.hasPrefix("d:") && !$0.hasPrefix("n:") && !(ignoringPersons && $0.hasPrefix("e:"))
        }
        let tokens = shared.compactMap { context.features[a].termTokens[$0] }
        let unit = context.units[a]
        let article = context.story.articles[unit.article]
        guard let first = tokens.min(), let last = tokens.max() else { return unit.statement.text }
        let end = min(last, first + maxAboutWords - 1)
        let span = TextSpan(article: article.id, start: article.tokens[first].start, end: article.tokens[end].end)
        return article.article.text(of: span)
    }

    /// The question a disputed quantity answers: "how many people", "how many workers", "how much (USD)".
    static func question(_ unit: String) -> String {
        if unit == "percent" || (unit.count == 3 && unit == unit.uppercased()) { return "how much (\(unit))" }
        if unit == "person" { return "how many people" }
        return "how many " + (unit.hasSuffix("s") ? unit : unit + "s")
    }

    /// Whether a quote's speaker is named (not a pronoun) right beside the quote ("“…,” X said", "X said: “…”").
    private func isExplicit(_ quote: Quote, _ context: Context) -> Bool {
        guard let span = quote.speakerSpan,
            let article = context.story.articles.first(where: { $0.id == span.article }) else { return false }
        let named = article.article.text(of: span).lowercased()
        guard !["he", "she", "they", "it"].contains(named) else { return false }
        let gap = span.start >= quote.span.end ? span.start - quote.span.end : quote.span.start - span.end
        return gap >= 0 && gap <= 40
    }

    /// Whether two person names may be one person: the same family name and given names that agree (equal,
    /// one an initial of the other, sharing their first two letters as "Joe" and "Joseph" do, or a common
    /// English pet form: "Bill" and "William").
    static func maybeSamePerson(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: " ").map(String.init)
        let right = b.split(separator: " ").map(String.init)
        guard let lastLeft = left.last, let lastRight = right.last, NameMatcher.sameWord(lastLeft, lastRight) else { return false }
        guard left.count > 1, right.count > 1 else { return true }
        // "Gazette Editor-in-Chief Ben Ott" and "Ben Ott".
        if Set(left).isSubset(of: Set(right)) || Set(right).isSubset(of: Set(left)) { return true }
        let x = left[0].lowercased().filter(\.isLetter)
        let y = right[0].lowercased().filter(\.isLetter)
        if x.count == 1 || y.count == 1 { return x.first == y.first }
        if x.prefix(2) == y.prefix(2) { return true }
        return PetNames.formal[x] == y || PetNames.formal[y] == x
    }

    static func isCalendarStated(_ expression: DateMention.Expression) -> Bool {
        switch expression {
        case .absolute, .monthDay, .month: return true
        case .weekday, .relative, .current: return false
        }
    }

    static func samePrecision(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        (a.month == nil) == (b.month == nil) && (a.day == nil) == (b.day == nil)
    }

    /// Whether two dates can name the same time: equal, or one within the other ("2022" and "February 2022").
    static func compatible(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        guard a.year == b.year else { return false }
        guard let m = a.month, let n = b.month else { return true }
        guard m == n else { return false }
        guard let d = a.day, let e = b.day else { return true }
        return d == e
    }
}
