/// Turns name candidates into mentions: partial names take the kind and fullest form of the full name they
/// belong to ("Lavrov" → "Sergei Lavrov"), and unsupported sentence-initial words are dropped.
enum EntityCanonicalizer {
    private struct FullName {
        let start: Int
        let text: String
        var canonical: String
        let words: Int
        /// The gender of the kinship word that introduces this name as someone's relative ("his wife, Anna
        /// Berg" gives "f"; a space when the word tells none, as "cousin"); nil when it is not so introduced.
        var relative: Character?
    }

    /// The canonical form of the full name a partial name belongs to. With one person to choose, that person;
    /// with several ("Berg" after "Tomas Berg" and "Anna Berg"), the one a title's
    /// gender allows ("Mrs. Berg"), then the most often named in full, then the first named: a bare surname
    /// goes to the story's main bearer, not to the relative named last. A name introduced as a relative ("the
    /// first lady, Anna Berg") takes a bare surname only when a title's gender points to her ("Mrs. Berg"):
    /// the surname alone names the person she is related to, even when the article never names him in full.
    /// The answer depends only on the matches and the title's gender, so callers keep it per name and title.
    private static func owner(among matches: [FullName], titled: Character?) -> String? {
        var pool = matches.filter { $0.relative == nil || (titled != nil && $0.relative == titled) }
        guard !pool.isEmpty else { return nil }
        if let gender = titled {
            // "Mr. Berg" is not Anna Berg: a title's gender rules out full names of the other gender.
            func genderOf(_ full: FullName) -> Character? {
                full.text.split(separator: " ").first.flatMap { PersonLexicon.givenNames[$0.lowercased()] }
            }
            let agreeing = pool.filter { genderOf($0) == gender || $0.relative == gender }
            if !agreeing.isEmpty { pool = agreeing } else if pool.allSatisfy({ genderOf($0).map { $0 != gender && $0 != " " } ?? false }) {
                return nil
            }
        }
        let people = Set(pool.map(\.canonical))
        guard people.count > 1 else { return pool.first?.canonical }
        var count: [String: Int] = [:]
        var first: [String: Int] = [:]
        for full in pool {
            count[full.canonical, default: 0] += 1
            first[full.canonical] = min(first[full.canonical] ?? Int.max, full.start)
        }
        let chosen = count.keys.max { (count[$0]!, -first[$0]!) < (count[$1]!, -first[$1]!) }!
        return chosen
    }

    /// "Russian Ministry of Foreign Affairs" → "Russian Foreign Ministry", "Department of Justice" → "Justice
    /// Department": English names an office both ways, and "Affairs" drops out of the short form.
    static func invertedOrganization(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count,
            NameLexicon.organizationHeads.contains(words[of - 1].lowercased()) else { return nil }
        let subject = words[(of + 1)...].filter { $0.lowercased() != "affairs" && $0.lowercased() != "the" }
        guard !subject.isEmpty else { return nil }
        return (words[..<(of - 1)] + subject + [words[of - 1]]).joined(separator: " ")
    }

    /// The gender of a kinship word right before a name ("his wife, Anna Berg", "the first lady, Anna
    /// Berg"), with at most a comma between them; nil when there is none.
    private static func kinship(beforeWord first: Int, in text: AnalysisText) -> Character? {
        guard first > 0 else { return nil }
        let gap = text.gap(before: first).filter { $0 != 0x20 }
        guard gap.isEmpty || gap.elementsEqual([UInt8(ascii: ",")]) else { return nil }
        let word = text.words[first - 1].lower
        if word == "lady" || word == "gentleman" {
            // "first lady": the spouse of a head of state or government.
            guard first > 1, text.words[first - 2].lower == "first" else { return nil }
            return word == "lady" ? "f" : "m"
        }
        return kinshipGender[word]
    }

    /// The gender the text states for the name starting at word `first`: a title ("Mrs. Berg") or a kinship
    /// noun before it ("his wife, Anna Berg"); nil when it states none or either.
    static func statedGender(ofNameAt first: Int, in text: AnalysisText) -> Character? {
        // A title is capitalized ("Miss Berg"; "did not miss Tom Brady" states nothing).
        let title = first > 0 && text.words[first - 1].isCapitalized ? titleGender[text.words[first - 1].lower] : nil
        let stated = title ?? kinship(beforeWord: first, in: text)
        return stated == " " ? nil : stated
    }

    /// English kinship nouns and the gender each tells (a space: either).
    private static let kinshipGender: [String: Character] = [
        "wife": "f", "husband": "m", "spouse": " ", "widow": "f", "widower": "m", "fiancée": "f", "fiancee": "f",
        "fiancé": "m", "fiance": "m", "son": "m", "daughter": "f", "child": " ", "father": "m", "mother": "f",
        "brother": "m", "sister": "f", "grandson": "m", "granddaughter": "f", "grandfather": "m",
        "grandmother": "f", "nephew": "m", "niece": "f", "uncle": "m", "aunt": "f", "cousin": " ",
        "stepson": "m", "stepdaughter": "f", "stepfather": "m", "stepmother": "f", "son-in-law": "m",
        "daughter-in-law": "f", "father-in-law": "m", "mother-in-law": "f", "brother-in-law": "m",
        "sister-in-law": "f",
    ]

    /// Titles that tell a person's gender.
    private static let titleGender: [String: Character] = ["mr": "m", "mrs": "f", "ms": "f", "miss": "f"]

    static func mentions(from candidates: [NameCandidate], in text: AnalysisText) -> [EntityMention] {
        var candidates = candidates
        // "Roger Bilham … said Bilham": a multi-word name whose last word is a known person is that person.
        let personWords = Set(candidates.filter { $0.kind == .person && $0.wordCount == 1 }.map(\.text))
        for index in candidates.indices where candidates[index].kind == nil && candidates[index].wordCount >= 2 {
            if let last = candidates[index].text.split(separator: " ").last, personWords.contains(String(last)) {
                candidates[index].kind = .person
            }
        }
        // Full person names, each canonical as its first transliteration in the article. Indexed by the
        // skeleton of each of their words, so a partial name is compared only with names sharing a word.
        var fullNames: [FullName] = []
        var byWord: [String: [Int]] = [:]
        var canonicalOfStart: [Int: String] = [:]
        var canonicalOfText: [String: String] = [:]
        for candidate in candidates where candidate.kind == .person && candidate.wordCount >= 2 {
            let words = candidate.text.split(separator: " ").map(String.init)
            let sharing = byWord[NameMatcher.skeleton(words.last ?? "")] ?? []
            let canonical = canonicalOfText[candidate.text] ?? sharing.lazy.map { fullNames[$0] }.first {
                $0.words == words.count && NameMatcher.sameEntity($0.text, candidate.text)
            }?.canonical ?? candidate.text
            canonicalOfText[candidate.text] = canonical
            let index = fullNames.count
            fullNames.append(FullName(
                start: candidate.start, text: candidate.text, canonical: canonical, words: words.count,
                relative: kinship(beforeWord: candidate.first, in: text)))
            canonicalOfStart[candidate.start] = canonical
            for word in Set(words.map(NameMatcher.skeleton)) { byWord[word, default: []].append(index) }
        }
        // "George Bush" beside "George W. Bush": a full name inside a longer one takes the longer one's form.
        for (text, canonical) in canonicalOfText {
            let words = text.split(separator: " ")
            let longer = (byWord[NameMatcher.skeleton(String(words.last ?? ""))] ?? []).map { fullNames[$0] }
                .filter { $0.words > words.count && NameMatcher.sameEntity($0.text, text) }
            if let longest = longer.max(by: { ($0.words, $1.start) < ($1.words, $0.start) }), longest.canonical != canonical {
                for index in fullNames.indices where fullNames[index].text == text {
                    canonicalOfStart[fullNames[index].start] = longest.canonical
                    fullNames[index].canonical = longest.canonical
                }
            }
        }
        // A person introduced once as a relative is that relative at every full mention.
        var relativeOf: [String: Character] = [:]
        for full in fullNames { if let relative = full.relative { relativeOf[full.canonical] = relative } }
        for index in fullNames.indices { fullNames[index].relative = relativeOf[fullNames[index].canonical] }
        var canonicals: [String] = []
        var certainKinds: [String: EntityKind] = [:]
        for candidate in candidates where candidate.isCertain && certainKinds[candidate.text] == nil {
            certainKinds[candidate.text] = candidate.kind
        }
        var matchesOfText: [String: [FullName]] = [:]
        var ownerOfName: [String: String?] = [:]
        for index in candidates.indices {
            var candidate = candidates[index]
            var canonical = candidate.text
            if candidate.kind == .person, candidate.wordCount >= 2 {
                canonical = canonicalOfStart[candidate.start] ?? candidate.text
            } else if !(candidate.isCertain && candidate.kind != .person), candidate.wordCount <= 2 {
                // A part of a full person name in this article: the nearest full name before it, else after it.
                let matches: [FullName]
                if let known = matchesOfText[candidate.text] {
                    matches = known
                } else {
                    let firstWord = candidate.text.split(separator: " ").first.map(String.init) ?? candidate.text
                    // Each distinct full name is compared once; the mentions of a name share its answer.
                    var answers: [String: Bool] = [:]
                    matches = (byWord[NameMatcher.skeleton(firstWord)] ?? []).map { fullNames[$0] }.filter { full in
                        guard full.words > candidate.wordCount else { return false }
                        if let answer = answers[full.text] { return answer }
                        let answer = NameMatcher.sameEntity(full.text, candidate.text)
                        answers[full.text] = answer
                        return answer
                    }
                    matchesOfText[candidate.text] = matches
                }
                let titled = candidate.first > 0 ? titleGender[text.words[candidate.first - 1].lower] : nil
                let key = "\(titled.map(String.init) ?? "")|\(candidate.text)"
                let found = ownerOfName[key] ?? owner(among: matches, titled: titled)
                ownerOfName.updateValue(found, forKey: key)
                if let found {
                    candidate.kind = .person
                    canonical = found
                }
            }
            if candidate.kind == nil, let known = certainKinds[candidate.text] { candidate.kind = known }
            candidates[index] = candidate
            canonicals.append(canonical)
        }
        let midSentence = Set(candidates.filter { !text.isSentenceInitial($0.first) }.map(\.text))
        var mentions: [EntityMention] = []
        for (candidate, written) in zip(candidates, canonicals) {
            var canonical = written
            // "U.S." and "America" name the United States, "Democrats" the Democratic Party.
            if let alias = NameAliases.named(by: candidate.text), candidate.kind != .person {
                mentions.append(EntityMention(
                    span: text.span(candidate.start, candidate.end), text: candidate.text, kind: alias.kind, canonical: alias.name))
                continue
            }
            // A lone capitalized word opening a sentence, known nowhere else, is most likely a common word.
            if candidate.kind == nil, candidate.wordCount == 1, text.isSentenceInitial(candidate.first),
                !midSentence.contains(candidate.text) { continue }
            if candidate.kind == .organization { canonical = invertedOrganization(canonical) ?? canonical }
            mentions.append(EntityMention(
                span: text.span(candidate.start, candidate.end), text: candidate.text,
                kind: candidate.kind ?? .other, canonical: canonical))
        }
        return mentions
    }
}
