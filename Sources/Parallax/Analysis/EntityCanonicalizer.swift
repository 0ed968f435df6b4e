/// Turns name candidates into mentions: partial names take the kind and fullest form of the full name they
/// belong to ("Lavrov" → "Sergei Lavrov"), and unsupported sentence-initial words are dropped.
enum EntityCanonicalizer {
    static func mentions(from candidates: [NameCandidate], in text: AnalysisText) -> [EntityMention] {
        var candidates = candidates
        // "Roger Bilham … said Bilham": a multi-word name whose last word is a known person is that person.
        let personWords = Set(candidates.filter { $0.kind == .person && $0.wordCount == 1 }.map(\.text))
        for index in candidates.indices where candidates[index].kind == nil && candidates[index].wordCount >= 2 {
            if let last = candidates[index].text.split(separator: " ").last, personWords.contains(String(last)) {
                candidates[index].kind = .person
            }
        }
        // Full person names, each canonical as its first transliteration in the article.
        var fullNames: [(start: Int, text: String, canonical: String, words: Int)] = []
        for candidate in candidates where candidate.kind == .person && candidate.wordCount >= 2 {
            let canonical = fullNames.first {
                $0.words == candidate.wordCount && NameMatcher.sameEntity($0.text, candidate.text)
            }?.canonical ?? candidate.text
            fullNames.append((candidate.start, candidate.text, canonical, candidate.wordCount))
        }
        var canonicals: [String] = []
        let certainKinds = Dictionary(
            candidates.filter { $0.isCertain }.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for index in candidates.indices {
            var candidate = candidates[index]
            var canonical = candidate.text
            if candidate.kind == .person, candidate.wordCount >= 2 {
                canonical = fullNames.first { $0.start == candidate.start }?.canonical ?? candidate.text
            } else if !(candidate.isCertain && candidate.kind != .person), candidate.wordCount <= 2 {
                // A part of a full person name in this article: the nearest full name before it, else after it.
                let matches = fullNames.filter {
                    $0.words > candidate.wordCount && NameMatcher.sameEntity($0.text, candidate.text)
                }
                if let owner = matches.last(where: { $0.start < candidate.start }) ?? matches.first {
                    candidate.kind = .person
                    canonical = owner.canonical
                }
            }
            if candidate.kind == nil, let known = certainKinds[candidate.text] { candidate.kind = known }
            candidates[index] = candidate
            canonicals.append(canonical)
        }
        let midSentence = Set(candidates.filter { !text.isSentenceInitial($0.first) }.map(\.text))
        var mentions: [EntityMention] = []
        for (candidate, canonical) in zip(candidates, canonicals) {
            // A lone capitalized word opening a sentence, known nowhere else, is most likely a common word.
            if candidate.kind == nil, candidate.wordCount == 1, text.isSentenceInitial(candidate.first),
                !midSentence.contains(candidate.text) { continue }
            mentions.append(EntityMention(
                span: text.span(candidate.start, candidate.end), text: candidate.text,
                kind: candidate.kind ?? .other, canonical: canonical))
        }
        return mentions
    }
}
