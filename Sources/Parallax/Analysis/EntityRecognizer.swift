/// Rule-based named-entity recognition: capitalized word sequences classified by data (titles, given names,
/// a gazetteer, organization words, speech verbs), with partial names merged to the fullest form in the article.
package struct EntityRecognizer: Sendable {
    package init() {}

    /// The entity mentions of an article.
    package func recognize(_ article: Article, sentences: [Sentence] = []) -> [EntityMention] {
        recognize(AnalysisText(article: article.id, text: article.text, sentences: sentences))
    }

    func recognize(_ text: AnalysisText) -> [EntityMention] {
        var candidates: [NameCandidate] = []
        var index = 0
        while index < text.words.count {
            // "(R-Texas)", "D-Mo.": a party and state tag names no one, but its state is a place.
            if isPartyTag(text.words[index], in: text) {
                if let state = taggedState(index, in: text) { candidates.append(state) }
                index += 1
                continue
            }
            guard startsName(index, in: text) else { index += 1; continue }
            let end = runEnd(from: index, in: text)
            candidates += classifyRun(index, end, in: text)
            index = end
        }
        return EntityCanonicalizer.mentions(from: candidates, in: text)
    }

    private func startsName(_ index: Int, in text: AnalysisText) -> Bool {
        let word = text.words[index]
        guard word.isCapitalized, !word.startsWithDigit else { return false }
        let lower = ApostropheFolding.lowercased(word.text)
        // "I'm", "I'll": the pronoun, not a name.
        return !lower.hasPrefix("i'")
    }

    /// A party and state tag: a party's capital initial (R, D, I), a hyphen and more ("R-Texas", "D-Mo.").
    private func isPartyTag(_ word: AnalysisWord, in text: AnalysisText) -> Bool {
        word.end - word.start >= 3 && text.bytes[word.start + 1] == UInt8(ascii: "-")
            && [UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "I")].contains(text.bytes[word.start])
    }

    /// The state of the party-state tag at word `index` ("R-Texas", "D-Ill.", "D-R.I."): a place, written as one
    /// word or as the AP Stylebook abbreviates it (two-word states and postal codes are not read).
    private func taggedState(_ index: Int, in text: AnalysisText) -> NameCandidate? {
        let bytes = text.bytes
        let start = text.words[index].start + 2
        var end = start
        while end < bytes.count, (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A || bytes[end] == UInt8(ascii: ".") { end += 1 }
        while end > start {
            let written = text.string(start, end)
            let lower = written.lowercased()
            if Gazetteer.states.contains(lower) || NameAliases.usStateAbbreviations[lower] != nil {
                return NameCandidate(first: index, last: index, start: start, end: end, text: written, kind: .place, isCertain: true)
            }
            // "R-Texas." at a sentence's end: the dot closes the sentence.
            guard bytes[end - 1] == UInt8(ascii: ".") else { return nil }
            end -= 1
        }
        return nil
    }

    /// The most words one capitalized run may hold. The longest official names run to about a dozen words
    /// ("Ministry of Foreign Affairs of the People's Republic of China"); a longer run is a title-case headline
    /// or repeated text, and splitting it bounds the work of classifying it.
    static let maximumRunWords = 24

    /// One past the last word of the capitalized run starting at `start`.
    private func runEnd(from start: Int, in text: AnalysisText) -> Int {
        let words = text.words
        var index = start
        while index < words.count {
            if words[index].isPossessive || index - start + 1 >= Self.maximumRunWords { return index + 1 }
            let next = index + 1
            guard next < words.count else { return next }
            // An initial inside a name, or opening one when two capitalized words follow ("J. Paul Getty").
            let opensWithInitial = index == start && next + 1 < words.count && words[next + 1].isCapitalized
                && text.isPlainSpace(before: next + 1)
            let isInitial = words[index].text.utf8.count == 1 && words[index].isCapitalized && (index > start || opensWithInitial)
                && text.gap(before: next).elementsEqual([UInt8(ascii: "."), 0x20]) && words[next].isCapitalized
                && text.sentenceOfWord[next] == text.sentenceOfWord[index]
            guard text.isPlainSpace(before: next) || isInitial else { return next }
            if words[next].isCapitalized, !words[next].startsWithDigit { index = next; continue }
            // A middle initial: "George W. Bush".
            if isInitial { index = next; continue }
            // A lowercase particle or connector continues the run only when a capitalized word follows.
            let lower = words[next].lower
            let joins = NameLexicon.nameParticles.contains(lower) || NameLexicon.organizationConnectors.contains(lower)
            if joins, next + 1 < words.count, text.isPlainSpace(before: next + 1), words[next + 1].isCapitalized,
                !words[next + 1].startsWithDigit {
                index = next + 1
                continue
            }
            return next
        }
        return index
    }

    /// Splits a capitalized run into names and classifies them.
    private func classifyRun(_ start: Int, _ end: Int, in text: AnalysisText) -> [NameCandidate] {
        let words = text.words
        let lowers = (start..<end).map { words[$0].withoutPossessive.text.lowercased() }
        func lower(_ i: Int) -> String { lowers[i - start] }

        // Connectors hold only inside organization names or after a title: otherwise "Russia and Ukraine" is two.
        for i in start..<end where NameLexicon.organizationConnectors.contains(words[i].lower) && !words[i].isCapitalized {
            let laterHead = (i + 1..<end).contains { NameLexicon.organizationHeads.contains(lower($0)) }
            let afterTitle = i > start && PersonLexicon.titleHeads.contains(lower(i - 1)) && words[i].lower == "of"
            if !laterHead && !afterTitle {
                return classifyRun(start, i, in: text) + classifyRun(i + 1, end, in: text)
            }
        }
        guard start < end else { return [] }
        // "said Obama Monday": a day named after a name is the date of what was said, not part of the name
        // ("Black Friday", "Super Tuesday" are days' own names).
        if end - start >= 2, MonthNames.weekday(words[end - 1]) != nil, !DateLexicon.namedDayModifiers.contains(lower(end - 2)) {
            return classifyRun(start, end - 1, in: text)
        }
        let whole = text.string(words[start].start, words[end - 1].withoutPossessive.end)
        if Gazetteer.isPlace(whole) {
            return [candidate(start, end - 1, in: text, kind: .place, certain: true)]
        }
        // "Justice Department", "San Diego Union-Tribune": a run that ends in an organization's head word, with
        // no given name in it, is that organization (a title word before the head is part of its name).
        let lastLower = lower(end - 1).split(separator: "-").last.map(String.init) ?? lower(end - 1)
        if end - start >= 2, NameLexicon.organizationHeads.contains(lastLower),
            !(start..<end - 1).contains(where: { PersonLexicon.givenNames[lower($0)] != nil }) {
            var first = start
            // "the Chinese Foreign Ministry": a nationality belongs to the organization's name.
            while first < end - 1, NameLexicon.nonNames.contains(lower(first)), !NameLexicon.demonyms.contains(lower(first)) {
                first += 1
            }
            if first < end - 1 { return [candidate(first, end - 1, in: text, kind: .organization, certain: true)] }
        }
        // "the Ohio Democrat Anna Berg": a demonym or party word inside a run, with no organization
        // head after it, separates two names (and names a party when it is one).
        if end - start >= 2, let middle = (start + 1..<end).first(where: {
            NameLexicon.demonyms.contains(lower($0)) || NameAliases.named(by: lower($0))?.kind == .organization
        }),
            !(middle + 1..<end).contains(where: { NameLexicon.organizationHeads.contains(lower($0)) }) {
            let party = NameAliases.named(by: words[middle].withoutPossessive.text)
                .map { [candidate(middle, middle, in: text, kind: $0.kind, certain: true)] } ?? []
            return classifyRun(start, middle, in: text) + party + classifyRun(middle + 1, end, in: text)
        }
        // A title inside the run: the name follows it ("U.S. Treasury Secretary Janet Yellen").
        if let title = (start..<end).last(where: { PersonLexicon.titleHeads.contains(lower($0)) && words[$0].isCapitalized }) {
            var nameStart = title + 1
            while nameStart < end, PersonLexicon.titleModifiers.contains(lower(nameStart))
                || PersonLexicon.titleHeads.contains(lower(nameStart)) { nameStart += 1 }
            var result = prefixEntities(start, title, in: text)
            // "Mayor of London Boris Johnson": the office's place, then the name.
            if nameStart < end, let split = (nameStart + 1..<end).last(where: {
                Gazetteer.isPlace(text.string(words[nameStart].start, words[$0 - 1].end))
            }), PersonLexicon.givenNames[lower(split)] != nil {
                result.append(candidate(nameStart, split - 1, in: text, kind: .place, certain: true))
                nameStart = split
            }
            // A bare title ("the Foreign Minister") names no one by itself.
            if nameStart < end { result.append(candidate(nameStart, end - 1, in: text, kind: .person, certain: true)) }
            return result
        }
        // Leading words that name nothing ("The", "However", "Chinese") are dropped.
        var first = start
        var leading: [NameCandidate] = []
        while first < end, NameLexicon.nonNames.contains(lower(first)) || NameLexicon.demonyms.contains(lower(first)),
            !isOrganizationStart(first, end, lower: lower) {
            // "Republican candidate …": a party's adjective names the party.
            if let alias = NameAliases.named(by: words[first].withoutPossessive.text), alias.kind == .organization {
                leading.append(candidate(first, first, in: text, kind: alias.kind, certain: true))
            }
            first += 1
        }
        guard first < end else { return leading }
        if first > start { return leading + classifyRun(first, end, in: text) }
        // "the Department", "the Committee": a head word alone is a common noun.
        if end - first == 1, NameLexicon.genericHeads.contains(lower(first)) { return [] }
        // "Al Qaeda-linked", "Obama-era": a compound adjective names what comes before its hyphen.
        if let cut = adjectiveSuffixCut(words[end - 1], in: text) {
            guard cut > words[first].start else { return [] }
            let name = text.string(words[first].start, cut)
            return [NameCandidate(first: first, last: end - 1, start: words[first].start, end: cut, text: name,
                                  kind: Gazetteer.isPlace(name) ? .place : nil, isCertain: Gazetteer.isPlace(name))]
        }
        // "of the United Kingdom Gordon Brown": a place before a given name is a separate name.
        if let split = (first + 1..<end).last(where: { Gazetteer.isPlace(text.string(words[first].start, words[$0 - 1].end)) }),
            PersonLexicon.givenNames[lower(split)] != nil, !Gazetteer.isPlace(whole) {
            return [candidate(first, split - 1, in: text, kind: .place, certain: true)] + classifyRun(split, end, in: text)
        }
        // "making Russia China’s partner": adjacent places are separate names.
        if end - first > 1, (first..<end).allSatisfy({ Gazetteer.isPlace(words[$0].withoutPossessive.text) }) {
            return (first..<end).map { candidate($0, $0, in: text, kind: .place, certain: true) }
        }
        // "Russia-Ukraine war": a compound of places names each place.
        if end - first == 1, let places = hyphenatedPlaces(words[first], in: text) { return places }
        // A lone letter ("X", "B") is an initial or a label, not a name.
        if end - first == 1, words[first].text.count < 2 { return [] }
        return [classifyName(first, end - 1, in: text)]
    }

    private func hyphenatedPlaces(_ word: AnalysisWord, in text: AnalysisText) -> [NameCandidate]? {
        let bytes = text.bytes[word.start..<word.withoutPossessive.end]
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ Gazetteer.isPlace(String(decoding: $0, as: UTF8.self)) }) else { return nil }
        // "Asia-Pacific" is one place in the gazetteer and is not split.
        if Gazetteer.isPlace(String(decoding: bytes, as: UTF8.self)) { return nil }
        return parts.map { part in
            let start = part.startIndex
            let end = part.endIndex
            return NameCandidate(first: text.firstWord(atOrAfter: word.start), last: text.firstWord(atOrAfter: word.start),
                                 start: start, end: end, text: text.string(start, end), kind: .place, isCertain: true)
        }
    }

    /// "Communist Party", "Democratic Party": a demonym-like word that opens an organization name.
    private func isOrganizationStart(_ first: Int, _ end: Int, lower: (Int) -> String) -> Bool {
        guard NameLexicon.demonyms.contains(lower(first)), !NameLexicon.nonNames.contains(lower(first)) else { return false }
        return (first + 1..<end).contains { NameLexicon.organizationHeads.contains(lower($0)) }
            && (first + 1..<end).allSatisfy { !NameLexicon.demonyms.contains(lower($0)) }
            && !(first + 1 < end && PersonLexicon.titleModifiers.contains(lower(first + 1)))
    }

    /// Places and organizations in the words before a title ("U.S." in "U.S. Treasury Secretary").
    private func prefixEntities(_ start: Int, _ title: Int, in text: AnalysisText) -> [NameCandidate] {
        var result: [NameCandidate] = []
        let words = text.words
        let lowers = (start..<title).map { words[$0].lower }
        if let head = (start..<title).last(where: { NameLexicon.organizationHeads.contains(lowers[$0 - start]) }) {
            var first = start
            while first < head, NameLexicon.demonyms.contains(lowers[first - start]) || NameLexicon.nonNames.contains(lowers[first - start]) {
                first += 1
            }
            result.append(candidate(first, head, in: text, kind: .organization, certain: true))
            return result
        }
        for i in start..<title {
            if Gazetteer.isPlace(words[i].withoutPossessive.text) {
                result.append(candidate(i, i, in: text, kind: .place, certain: true))
            } else if let alias = NameAliases.named(by: words[i].withoutPossessive.text) {
                // "Democratic Sen. …": the party.
                result.append(candidate(i, i, in: text, kind: alias.kind, certain: true))
            }
        }
        return result
    }

    /// The kind of a name from its own words and its neighbors.
    private func classifyName(_ first: Int, _ last: Int, in text: AnalysisText) -> NameCandidate {
        let words = text.words
        let name = text.string(words[first].start, words[last].withoutPossessive.end)
        let lowers = (first...last).map { words[$0].withoutPossessive.text.lowercased() }
        if Gazetteer.isPlace(name) || (first < last && (Gazetteer.placeHeads.contains(lowers[lowers.count - 1])
            || Gazetteer.placeHeads.contains(lowers[0]) && lowers[0] != lowers[lowers.count - 1])) {
            return candidate(first, last, in: text, kind: .place, certain: true)
        }
        if lowers.contains(where: NameLexicon.organizationHeads.contains) || NameLexicon.outlets.contains(name.lowercased())
            || NameLexicon.organizationAcronyms.contains(name) || (first == last && words[first].isAllCaps && name.count <= 6) {
            return candidate(first, last, in: text, kind: .organization, certain: true)
        }
        if hasPersonEvidence(first, last, lowers: lowers, in: text) {
            return candidate(first, last, in: text, kind: .person, certain: true)
        }
        if looksLikePersonalName(first, last, lowers: lowers, in: text) {
            return candidate(first, last, in: text, kind: .person, certain: false)
        }
        // "in Tikrit": an unknown word after a preposition of place; "to Dreamers" is a common word capitalized.
        if first > 0, text.isPlainSpace(before: first), first == last, name.count >= 3, !CommonEnglishWords.contains(lowers[0]),
            ["in", "to", "from", "near", "across", "into", "towards", "toward"].contains(words[first - 1].lower) {
            return candidate(first, last, in: text, kind: .place, certain: false)
        }
        return candidate(first, last, in: text, kind: nil, certain: false)
    }

    /// Two or three capitalized words that are each name-like ("Tessa Jowell", "Fabian Cancellara"): without a
    /// dictionary of common nouns, the names of things are told apart by their head words ("Kyoto Protocol").
    private func looksLikePersonalName(_ first: Int, _ last: Int, lowers: [String], in text: AnalysisText) -> Bool {
        guard (2...3).contains(last - first + 1) else { return false }
        // "Temporary Protected Status", "Rose Garden": common words capitalized name a thing, not a person.
        if lowers.allSatisfy(CommonEnglishWords.contains) { return false }
        for (offset, lower) in lowers.enumerated() {
            let word = text.words[first + offset]
            guard word.isCapitalized, !word.isAllCaps, lower.count >= 2, !lower.contains(where: \.isNumber),
                !NameLexicon.nonNames.contains(lower), !NameLexicon.demonyms.contains(lower),
                !NameLexicon.organizationHeads.contains(lower), !NameLexicon.thingHeads.contains(lower),
                !Gazetteer.placeHeads.contains(lower), !Gazetteer.isPlace(lower),
                !PersonLexicon.titleHeads.contains(lower), !PersonLexicon.titleModifiers.contains(lower),
                MonthNames.months[lower] == nil, !lower.contains("-") || offset == lowers.count - 1 else { return false }
        }
        return true
    }

    private func hasPersonEvidence(_ first: Int, _ last: Int, lowers: [String], in text: AnalysisText) -> Bool {
        let words = text.words
        if first > 0, text.isPlainSpace(before: first), PersonLexicon.titleHeads.contains(words[first - 1].lower) { return true }
        // "Mr. Smith", "Dr. Li": an abbreviated title and its dot.
        if first > 0, ["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "col", "lt", "capt", "sgt"].contains(words[first - 1].lower),
            text.gap(before: first).elementsEqual([UInt8(ascii: "."), 0x20]) {
            return true
        }
        if lowers.count >= 2, PersonLexicon.givenNames[lowers[0]] != nil { return true }
        // "Anna T. Berg", "J. Paul Getty": an initial beside names marks a person's name.
        if lowers.count == 3, lowers[0].count > 1 || lowers[1].count > 1,
            [first, first + 1].contains(where: { words[$0].text.utf8.count == 1 && text.gap(before: $0 + 1).first == UInt8(ascii: ".") }) {
            return true
        }
        if lowers.count >= 2, lowers.count <= 3, PersonLexicon.familyNamesFirst.contains(lowers[0]) { return true }
        if let surname = lowers.last, PersonLexicon.surnameEndings.contains(where: { surname.hasSuffix($0) && surname.count > $0.count + 2 }) {
            return true
        }
        // "Dan Patrick said": organizations speak too, so only full names that do not open with a place count
        // ("France Telecom said" does not); single words become people by matching a full name instead.
        if last + 1 < words.count, PersonLexicon.speechVerbs.contains(words[last + 1].lower), !words[last].isPossessive,
            first < last, !(first...last).contains(where: { Gazetteer.isPlace(words[$0].text) }), !words[first].isAllCaps {
            return true
        }
        // "said Bilham" after a quotation.
        if first > 0, text.isPlainSpace(before: first), PersonLexicon.speechVerbs.contains(words[first - 1].lower),
            !(first...last).contains(where: { Gazetteer.isPlace(words[$0].text) }) {
            return true
        }
        // "Roger Bilham, professor of …": an apposition naming an office.
        if last + 2 < words.count, text.gap(before: last + 1).elementsEqual([UInt8(ascii: ","), 0x20]),
            (last + 1...last + 2).contains(where: { !words[$0].isCapitalized && PersonLexicon.titleHeads.contains(words[$0].lower) }) {
            return true
        }
        // "Osama bin Laden": a lowercase particle inside a name ("Tour de France" is a thing: it names a place).
        if (first...last).contains(where: { !words[$0].isCapitalized && NameLexicon.nameParticles.contains(words[$0].lower) }),
            !(first...last).contains(where: { Gazetteer.isPlace(words[$0].text) }) {
            return true
        }
        // "Blinken: “We disagree.”": a name introducing a quotation.
        return introducesQuote(after: words[last].end, in: text)
            && !(first...last).contains(where: { Gazetteer.isPlace(words[$0].text) })
    }

    private func introducesQuote(after offset: Int, in text: AnalysisText) -> Bool {
        let bytes = text.bytes
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return false }
        var index = offset + 1
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return false }
        let opensCurly = index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98)
        return bytes[index] == 0x22 || bytes[index] == 0x27 || opensCurly
    }

    /// Where "-linked" or "-era" starts in the word, when the word is a compound adjective made from a name.
    private func adjectiveSuffixCut(_ word: AnalysisWord, in text: AnalysisText) -> Int? {
        guard let hyphen = word.text.utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let suffix = String(decoding: word.text.utf8[word.text.utf8.index(after: hyphen)...], as: UTF8.self)
        guard NameLexicon.adjectiveSuffixes.contains(suffix.lowercased()) else { return nil }
        return word.start + word.text.utf8.distance(from: word.text.utf8.startIndex, to: hyphen)
    }

    private func candidate(_ first: Int, _ last: Int, in text: AnalysisText, kind: EntityKind?, certain: Bool) -> NameCandidate {
        let start = text.words[first].start
        let end = text.words[last].withoutPossessive.end
        return NameCandidate(first: first, last: last, start: start, end: end, text: text.string(start, end),
                             kind: kind, isCertain: certain)
    }
}
