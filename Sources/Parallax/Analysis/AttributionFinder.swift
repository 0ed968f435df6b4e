/// Finds the speaker named around a quotation: "…," Lavrov said / said Lavrov / Lavrov told Xi /
/// according to Lavrov / spokesman Mao Ning said, “…” / Yellen said of her visit that she had “…” / X: “…”.
struct AttributionFinder: Sendable {
    let text: AnalysisText
    /// Person mentions, by start offset.
    let persons: [EntityMention]

    /// Words that refer back to a person.
    static let pronouns: [String: Bool] = ["he": false, "she": true]

    /// The speaker named after the quote, within its sentence and before the next quote.
    func after(_ passage: QuotedPassage, nextQuoteStart: Int) -> SpeakerReference? {
        let words = text.words
        var first = text.firstWord(atOrAfter: passage.closeEnd)
        guard first < words.count, words[first].start < nextQuoteStart else { return nil }
        // "…in history.” He also hinted": a quote that ends its sentence is not followed by its attribution.
        let lastByte = text.bytes[max(passage.contentStart, passage.contentEnd - 1)]
        if lastByte == UInt8(ascii: ".") || lastByte == UInt8(ascii: "!") || lastByte == UInt8(ascii: "?"),
            words[first].isCapitalized, Self.pronouns[words[first].lower] != nil || person(startingAt: words[first].start) == nil {
            return nil
        }
        if text.gap(before: first).contains(0x0A) { return nil }
        // "“…,” Thorne Lay, professor of earth sciences at …, said.": the name opens the attribution, after
        // a title if there is one ("“…,” Mr. Smith said").
        var nameWord = first
        if person(startingAt: words[first].start) == nil, PersonLexicon.titleHeads.contains(words[first].lower),
            first + 1 < words.count, person(startingAt: words[first + 1].start) != nil {
            nameWord = first + 1
        }
        if let mention = person(startingAt: words[nameWord].start) {
            var index = nameWord
            while index < words.count, index < first + 40, words[index].start < nextQuoteStart {
                if index > nameWord, sentenceBreak(before: index) { break }
                if PersonLexicon.speechVerbs.contains(words[index].lower) {
                    return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
                }
                index += 1
            }
        }
        var region: [Int] = []
        while first < words.count, region.count < 16, words[first].start < nextQuoteStart {
            if !region.isEmpty, endsClause(before: first) { break }
            region.append(first)
            first += 1
        }
        return find(in: region, preferVerbNearEnd: false)
    }

    /// The speaker named before the quote, from the sentence start (or the previous quote) to the opening mark.
    func before(_ passage: QuotedPassage, regionStart: Int) -> SpeakerReference? {
        let words = text.words
        var region: [Int] = []
        var index = text.firstWord(atOrAfter: regionStart)
        while index < words.count, words[index].end <= passage.openStart {
            region.append(index)
            index += 1
        }
        guard !region.isEmpty else { return nil }
        // "Lavrov: “…”"
        if let last = region.last, let mention = person(endingAt: words[last].withoutPossessive.end),
            text.bytes[words[last].end..<passage.openStart].contains(UInt8(ascii: ":")) {
            return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
        }
        return find(in: Array(region.suffix(24)), preferVerbNearEnd: true)
    }

    /// For a quotation that opens its sentence with no attribution of its own, the speaker of the sentence
    /// before it in the same paragraph: "Clinton promised aid. “We are offering our full assistance.”", or in
    /// the paragraph before when that one ends in a colon ("the president tweeted:" and the tweet below it).
    func previousSentence(_ passage: QuotedPassage) -> SpeakerReference? {
        let words = text.words
        let first = text.firstWord(atOrAfter: passage.openStart)
        guard first > 0, first < words.count else { return nil }
        let quoteSentence = text.sentenceOfWord[first]
        let last = first - 1
        guard words[last].end <= passage.openStart, text.sentenceOfWord[last] == quoteSentence - 1 || text.sentenceOfWord[last] == quoteSentence
        else { return nil }
        // Only when nothing but the opening mark stands between the sentence end and the quote; a line break
        // only after a colon, which announces what follows.
        let between = text.bytes[words[last].end..<passage.openStart]
        let colon = between.first { $0 != 0x20 } == UInt8(ascii: ":")
        guard !between.contains(0x0A) || colon else { return nil }
        guard between.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) else { return nil }
        var region: [Int] = []
        var index = last
        while index >= 0, text.sentenceOfWord[index] == text.sentenceOfWord[last], region.count < 40 {
            if text.gap(before: index).contains(0x0A) { region.append(index); break }
            region.append(index)
            index -= 1
        }
        return find(in: region.reversed(), preferVerbNearEnd: true)
    }

    /// The speaker of a speech verb in `region` (word indices in order).
    private func find(in region: [Int], preferVerbNearEnd: Bool) -> SpeakerReference? {
        let words = text.words
        let order = preferVerbNearEnd ? Array(region.indices.reversed()) : Array(region.indices)
        for position in order {
            let lower = words[region[position]].lower
            if lower == "according", position + 1 < region.count, words[region[position + 1]].lower == "to" {
                if let reference = subject(after: position + 1, in: region) { return reference }
                continue
            }
            guard PersonLexicon.speechVerbs.contains(lower) else { continue }
            // "the union, which said it was “…”": "which" stands for a thing or a body, not a person, so the
            // speaker is no one named around it.
            if position > 0, words[region[position - 1]].lower == "which" { return nil }
            // "…took a swipe at Hillary Clinton, calling her tenure “…”": a participle after a comma says
            // what the sentence's subject did; a name closer to it is an object. Only a subject that opens
            // the sentence is taken.
            if lower.hasSuffix("ing"), text.gap(before: region[position]).contains(UInt8(ascii: ",")) {
                if let reference = clauseSubject(before: region[position]) { return reference }
                continue
            }
            if let reference = subject(before: position, in: region) ?? subject(after: position, in: region) {
                return reference
            }
        }
        return nil
    }

    /// The first person or pronoun in the sentence before word `verb` that opens a clause ("Asked about it,
    /// Mr. Santorum did not back down, saying …"): the subject a participle belongs to. Names inside a phrase
    /// ("a swipe at presidential hopeful Hillary Clinton, calling …") are objects and are passed over.
    private func clauseSubject(before verb: Int) -> SpeakerReference? {
        let sentence = text.sentenceOfWord[verb]
        var index = verb - 1
        while index > 0, text.sentenceOfWord[index - 1] == sentence { index -= 1 }
        while index < verb {
            let word = text.words[index]
            if let female = Self.pronouns[word.lower], opensClause(index) {
                return SpeakerReference(who: .pronoun(female: female), start: word.start, end: word.end)
            }
            if let mention = person(startingAt: word.start) {
                if opensClause(index) {
                    return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
                }
                index = text.firstWord(atOrAfter: mention.span.end)
                continue
            }
            index += 1
        }
        return nil
    }

    /// Whether word `index` opens its sentence or a clause: only capitalized words, titles and articles stand
    /// between it and the sentence start or the last comma.
    private func opensClause(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            if text.isSentenceInitial(position + 1) { return true }
            let gap = text.gap(before: position + 1)
            if gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: ";")) { return true }
            let word = text.words[position]
            let allowed = word.isCapitalized || ["the", "a", "an", "and", "but", "then"].contains(word.lower)
                || PersonLexicon.titleHeads.contains(word.lower) || PersonLexicon.titleModifiers.contains(word.lower)
            if !allowed { return false }
            position -= 1
        }
        return true
    }

    /// The nearest person or pronoun before the verb at `position`, within the clause.
    private func subject(before position: Int, in region: [Int]) -> SpeakerReference? {
        let words = text.words
        if let named = apposedSubject(ofVerb: region[position]) { return named }
        var index = position - 1
        var looked = 0
        while index >= 0, looked < 14 {
            // A sentence boundary ends the search.
            if sentenceBreak(before: region[index + 1]) { break }
            let word = words[region[index]]
            if let female = Self.pronouns[word.lower] {
                return SpeakerReference(who: .pronoun(female: female), start: word.start, end: word.end)
            }
            // "the Texas governor continues", "the 43-year-old said": a description of someone named before.
            if index == position - 1, !word.isCapitalized, isDescription(region[index]) {
                return SpeakerReference(who: .description, start: word.start, end: word.end)
            }
            if let mention = person(containing: word.start) {
                return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
            }
            index -= 1
            looked += 1
        }
        return nil
    }

    /// A person named just after the verb ("said Lavrov", "said Foreign Minister Wang Yi").
    /// Only in an inversion: the verb cannot take the person as its object ("told Smith", "asked whether
    /// Smith…"), and no function word stands between them ("said forklift driver Jonas Weller", not "said
    /// that Smith").
    private func subject(after position: Int, in region: [Int]) -> SpeakerReference? {
        let words = text.words
        guard !Self.objectVerbs.contains(words[region[position]].lower) else { return nil }
        var index = position + 1
        while index < region.count, index <= position + 5 {
            let word = words[region[index]]
            if let mention = person(containing: word.start) {
                return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
            }
            guard !Self.clauseWords.contains(word.lower) else { return nil }
            index += 1
        }
        return nil
    }

    /// Words that open a clause or phrase of their own after a verb: a name beyond them is not its subject.
    private static let clauseWords: Set<String> = [
        "whether", "if", "that", "to", "about", "of", "for", "with", "on", "at", "by", "from", "in", "and", "or",
        "but", "as", "when", "while", "because", "after", "before", "than",
    ]

    /// Speech verbs whose following name is the one spoken to or about, not the speaker.
    private static let objectVerbs: Set<String> = [
        "told", "tells", "telling", "asked", "asking", "informed", "urged", "urging", "praised", "called", "calling",
        "accused", "accuses", "accusing", "accuse", "described", "describing", "labeled", "labelled", "labeling",
        "dubbed", "dubbing", "branded", "blasted", "slammed", "criticized", "criticised", "mocked", "dismissed",
        "dismissing", "characterized", "characterizing", "referred", "referring", "call", "calls", "describes",
    ]

    /// The last person mention starting at or before `offset` (mentions do not overlap), by binary search.
    private func lastPerson(startingAtOrBefore offset: Int) -> EntityMention? {
        let after = persons.partitionPoint { $0.span.start <= offset }
        return after > 0 ? persons[after - 1] : nil
    }

    private func person(containing offset: Int) -> EntityMention? {
        lastPerson(startingAtOrBefore: offset).flatMap { offset < $0.span.end ? $0 : nil }
    }

    private func person(startingAt offset: Int) -> EntityMention? {
        lastPerson(startingAtOrBefore: offset).flatMap { $0.span.start == offset ? $0 : nil }
    }

    private func person(endingAt offset: Int) -> EntityMention? {
        person(containing: offset - 1).flatMap { $0.span.end == offset ? $0 : nil }
    }

    /// A sentence ends before word `index` by the sentence splitter (which knows "Mr.", initials and state
    /// abbreviations), or at a line break, "!" or "?".
    private func sentenceBreak(before index: Int) -> Bool {
        guard index > 0, index < text.words.count else { return true }
        if text.sentenceOfWord[index] != text.sentenceOfWord[index - 1] { return true }
        return text.gap(before: index).contains { $0 == 0x0A || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
    }

    private func endsClause(before index: Int) -> Bool {
        sentenceBreak(before: index) || text.gap(before: index).contains { $0 == UInt8(ascii: ";") || $0 == 0x9C || $0 == 0x22 }
    }

    /// "Anna L. Berg, the district attorney for …, said": when a speech verb follows an apposition
    /// that opens with an article, the speaker is the person named just before the apposition.
    private func apposedSubject(ofVerb verb: Int) -> SpeakerReference? {
        guard verb > 0, text.gap(before: verb).contains(UInt8(ascii: ",")) else { return nil }
        var start = verb - 1
        var steps = 0
        while start > 0, steps < 24, !text.gap(before: start).contains(UInt8(ascii: ",")), !sentenceBreak(before: start) {
            start -= 1
            steps += 1
        }
        guard start > 0, text.gap(before: start).contains(UInt8(ascii: ",")), !sentenceBreak(before: start),
            ["the", "a", "an"].contains(text.words[start].lower),
            let mention = person(containing: text.words[start - 1].start) else { return nil }
        return SpeakerReference(who: .person(mention.canonical), start: mention.span.start, end: mention.span.end)
    }

    /// Whether word `index` ends a definite description of a person: "the governor", "the Texas governor",
    /// "the committee's chairman", "the 43-year-old".
    private func isDescription(_ index: Int) -> Bool {
        let lower = text.words[index].lower
        let isAge = lower.hasSuffix("-year-old") && lower.first?.isNumber == true
        guard isAge || PersonLexicon.titleHeads.contains(lower) else { return false }
        for back in 1...3 where index - back >= 0 {
            if text.words[index - back].lower == "the" { return true }
            if sentenceBreak(before: index - back + 1) { return false }
        }
        return false
    }
}
