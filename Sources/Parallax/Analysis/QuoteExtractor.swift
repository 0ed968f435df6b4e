/// Finds direct quotations and their speakers: the marks are paired by `QuoteMarkScanner`, the speaker is
/// read from the attribution around the quote (`AttributionFinder`), and "he"/"she" go to the person last
/// named as a speaker or a sentence's subject. Scare quotes without an attribution keep a nil speaker.
package struct QuoteExtractor: Sendable {
    package init() {}

    /// The quotations of an article, given its entity mentions (speakers are canonical person names).
    package func extract(from article: Article, entities: [EntityMention], sentences: [Sentence] = []) -> [Quote] {
        extract(AnalysisText(article: article.id, text: article.text, sentences: sentences), entities: entities)
    }

    func extract(_ text: AnalysisText, entities: [EntityMention]) -> [Quote] {
        let passages = QuoteMarkScanner.passages(in: text.bytes)
        let persons = entities.filter { $0.kind == .person }.sorted { $0.span.start < $1.span.start }
        let finder = AttributionFinder(text: text, persons: persons)
        var statedGender: [String: Character] = [:]
        for person in persons {
            if let gender = EntityCanonicalizer.statedGender(ofNameAt: text.firstWord(atOrAfter: person.span.start), in: text) {
                statedGender[person.canonical] = gender
            }
        }
        var antecedents = PronounAntecedents(
            subjects: sentenceSubjects(text, persons: persons, passages: passages), statedGender: statedGender)
        var quotes: [Quote] = []
        var previous: (passage: QuotedPassage, speaker: String?, speakerStart: Int?)?
        for (index, passage) in passages.enumerated() {
            let nextStart = index + 1 < passages.count ? passages[index + 1].openStart : text.bytes.count
            let startsBefore = text.sentenceStarts.partitionPoint { $0 <= passage.openStart }
            let sentenceStart = startsBefore > 0 ? text.sentenceStarts[startsBefore - 1] : 0
            let regionStart = max(sentenceStart, previous?.passage.closeEnd ?? 0)
            var reference = finder.after(passage, nextQuoteStart: nextStart) ?? finder.before(passage, regionStart: regionStart)
            var speaker: String?
            switch reference?.who {
            case .person(let name): speaker = name
            case .pronoun(let female): speaker = antecedents.resolve(female: female, before: reference!.start)
            case .description: speaker = antecedents.resolve(female: nil, before: reference!.start)
            case nil:
                // The second part of a split quote, or a quote continuing the one before in the same paragraph.
                // Either the earlier quote's attribution sits between the two ("“…,” Lay said. “…”"), or no one
                // else is named between them.
                if let previous, let earlier = previous.speaker, sameParagraph(previous.passage.closeEnd, passage.openStart, text) {
                    let between = previous.passage.closeEnd..<passage.openStart
                    let attributedBetween = previous.speakerStart.map { between.contains($0) } ?? false
                    let othersBetween = persons[persons.partitionPoint { $0.span.start < between.lowerBound }...]
                        .prefix { $0.span.start < between.upperBound }
                        .contains { $0.span.end <= passage.openStart && $0.canonical != earlier }
                    if attributedBetween || !othersBetween { speaker = earlier }
                }
            }
            if speaker == nil, let earlier = finder.previousSentence(passage) {
                reference = earlier
                switch earlier.who {
                case .person(let name): speaker = name
                case .pronoun(let female): speaker = antecedents.resolve(female: female, before: earlier.start)
                case .description: speaker = antecedents.resolve(female: nil, before: earlier.start)
                }
            }
            if speaker == nil { reference = nil }
            if let speaker, let reference { antecedents.noteSpeaker(speaker, at: reference.start) }
            quotes.append(Quote(
                span: text.span(passage.contentStart, passage.contentEnd),
                text: text.string(passage.contentStart, passage.contentEnd), speaker: speaker,
                speakerSpan: reference.map { text.span($0.start, $0.end) }))
            previous = (passage, speaker, reference?.start)
        }
        return quotes
    }

    /// Persons that open a sentence or clause outside quotes ("Before meeting Xi, Lavrov met…" gives Lavrov),
    /// as candidates for later pronouns.
    private func sentenceSubjects(_ text: AnalysisText, persons: [EntityMention], passages: [QuotedPassage]) -> [(Int, String)] {
        // The quoted stretches as disjoint ranges by start (a quote inside a quote lies in the outer one).
        var quoted: [Range<Int>] = []
        for passage in passages.sorted(by: { $0.contentStart < $1.contentStart }) {
            if let last = quoted.last, passage.contentStart < last.upperBound {
                quoted[quoted.count - 1] = last.lowerBound..<max(last.upperBound, passage.contentEnd)
            } else {
                quoted.append(passage.contentStart..<passage.contentEnd)
            }
        }
        var subjects: [(Int, String)] = []
        for person in persons where opensClause(person, in: text) {
            let after = quoted.partitionPoint { $0.lowerBound <= person.span.start }
            if after > 0, person.span.end <= quoted[after - 1].upperBound { continue }
            subjects.append((person.span.start, person.canonical))
        }
        return subjects
    }

    /// Words that may stand between a clause start and its subject: titles, articles, conjunctions.
    private static let beforeSubject: Set<String> = [
        "the", "a", "an", "although", "while", "but", "and", "though", "when", "because", "since", "after", "then",
        "so", "as", "meanwhile", "however",
    ]

    private func opensClause(_ person: EntityMention, in text: AnalysisText) -> Bool {
        var index = text.firstWord(atOrAfter: person.span.start) - 1
        while index >= 0 {
            let next = index + 1
            if text.isSentenceInitial(next) { return true }
            let gap = text.gap(before: next)
            if gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: ";")) || gap.contains(0x0A) { return true }
            let word = text.words[index]
            let lower = word.withoutPossessive.text.lowercased()
            let allowed = word.isCapitalized || Self.beforeSubject.contains(lower)
                || PersonLexicon.titleHeads.contains(lower) || PersonLexicon.titleModifiers.contains(lower)
            if !allowed { return false }
            index -= 1
        }
        return true
    }

    private func sameParagraph(_ from: Int, _ to: Int, _ text: AnalysisText) -> Bool {
        from <= to && !text.bytes[from..<to].contains(0x0A)
    }
}
