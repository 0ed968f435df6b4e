/// Finds direct quotations and their speakers: the marks are paired by `QuoteMarkScanner`, the speaker is
/// read from the attribution around the quote (`AttributionFinder`), and "he"/"she" go to the person last
/// named as a speaker or a sentence's subject. Scare quotes without an attribution keep a nil speaker.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// The quotations of an article, given its entity mentions (speakers are canonical person names).
    public func extract(from article: Article, entities: [EntityMention], sentences: [Sentence] = []) -> [Quote] {
        extract(AnalysisText(article: article.id, text: article.text, sentences: sentences), entities: entities)
    }

    func extract(_ text: AnalysisText, entities: [EntityMention]) -> [Quote] {
        let passages = QuoteMarkScanner.passages(in: text.bytes)
        let persons = entities.filter { $0.kind == .person }.sorted { $0.span.start < $1.span.start }
        let finder = AttributionFinder(text: text, persons: persons)
        var antecedents = PronounAntecedents(subjects: sentenceSubjects(text, persons: persons, passages: passages))
        var quotes: [Quote] = []
        var previous: (passage: QuotedPassage, speaker: String?)?
        for (index, passage) in passages.enumerated() {
            let nextStart = index + 1 < passages.count ? passages[index + 1].openStart : text.bytes.count
            let sentenceStart = text.sentenceStarts.last { $0 <= passage.openStart } ?? 0
            let regionStart = max(sentenceStart, previous?.passage.closeEnd ?? 0)
            var reference = finder.after(passage, nextQuoteStart: nextStart) ?? finder.before(passage, regionStart: regionStart)
            var speaker: String?
            switch reference?.who {
            case .person(let name): speaker = name
            case .pronoun(let female): speaker = antecedents.resolve(female: female, before: reference!.start)
            case nil:
                // The second part of a split quote, or a quote continuing the one before in the same paragraph.
                if let previous, let earlier = previous.speaker, sameParagraph(previous.passage.closeEnd, passage.openStart, text),
                    !persons.contains(where: { $0.span.start >= previous.passage.closeEnd && $0.span.end <= passage.openStart
                        && $0.canonical != earlier }) {
                    speaker = earlier
                }
            }
            if speaker == nil { reference = nil }
            if let speaker, let reference { antecedents.noteSpeaker(speaker, at: reference.start) }
            quotes.append(Quote(
                span: text.span(passage.contentStart, passage.contentEnd),
                text: text.string(passage.contentStart, passage.contentEnd), speaker: speaker,
                speakerSpan: reference.map { text.span($0.start, $0.end) }))
            previous = (passage, speaker)
        }
        return quotes
    }

    /// The first person named outside quotes in each sentence, as candidates for later pronouns.
    private func sentenceSubjects(_ text: AnalysisText, persons: [EntityMention], passages: [QuotedPassage]) -> [(Int, String)] {
        var subjects: [(Int, String)] = []
        var lastSentence = -1
        for person in persons {
            if passages.contains(where: { $0.contentStart <= person.span.start && person.span.end <= $0.contentEnd }) { continue }
            let sentence = text.sentenceStarts.lastIndex { $0 <= person.span.start } ?? 0
            if sentence != lastSentence {
                subjects.append((person.span.start, person.canonical))
                lastSentence = sentence
            }
        }
        return subjects
    }

    private func sameParagraph(_ from: Int, _ to: Int, _ text: AnalysisText) -> Bool {
        from <= to && !text.bytes[from..<to].contains(0x0A)
    }
}
