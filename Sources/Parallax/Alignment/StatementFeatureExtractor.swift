/// Turns statements into `StatementFeatures`: the words that carry meaning, folded through the synonym,
/// demonym and capital tables, and the names, dates and numbers they state.
struct StatementFeatureExtractor: Sendable {
    let lexicon: AlignmentLexicon
    /// Stem → the stem of its synonym group's first word.
    let synonymOfStem: [String: String]
    /// Country → capital, to read "the Chinese capital" as Beijing.
    let capitalOfCountry: [String: String]
    let countries: Set<String>
    /// How many words before a date a reference cue ("since") may stand.
    let referenceWindow = 5

    init(lexicon: AlignmentLexicon) {
        self.lexicon = lexicon
        var synonyms: [String: String] = [:]
        for group in lexicon.synonyms {
            guard let head = group.first else { continue }
            let headStem = EnglishStemmer.stem(head)
            for word in group where synonyms[EnglishStemmer.stem(word)] == nil {
                synonyms[EnglishStemmer.stem(word)] = headStem
            }
        }
        synonymOfStem = synonyms
        var capitalOf: [String: String] = [:]
        for (capital, country) in lexicon.capitals.sorted(by: { $0.key < $1.key }) where capitalOf[country] == nil {
            capitalOf[country] = capital
        }
        capitalOfCountry = capitalOf
        countries = Set(lexicon.capitals.values).union(lexicon.demonyms.values)
    }

    /// Features of each statement of one article; `entityOfMention` gives each mention's story entity.
    func features(
        of units: [StatementUnit], in article: AnalyzedArticle, entityOfMention: [Int], entities: [StoryEntity],
        extraDates: [DateMention]
    ) -> [StatementFeatures] {
        let dates = (article.dates + extraDates).sorted { $0.span.start < $1.span.start }
        // Each quotation's term, worked out once: a long quotation overlaps many statements.
        let quoteTerms = article.quotes.map { quote -> String? in
            let words = QuoteMerger.words(quote.text)
            return words.isEmpty ? nil : "q:" + words.joined(separator: " ")
        }
        var foldedStemOfWord: [String: String] = [:]
        // Each statement looks only at the mentions inside it: found by position, not by scanning the article.
        let entityLookup = SpanLookup(article.entities.map(\.span))
        let dateLookup = SpanLookup(dates.map(\.span))
        let numberLookup = SpanLookup(article.numbers.map(\.span))
        let quoteLookup = SpanLookup(article.quotes.map(\.span))
        return units.map { unit in
            var features = StatementFeatures()
            let span = unit.statement.span
            var covered: [(start: Int, end: Int)] = []
            for index in entityLookup.inside(span) {
                let mention = article.entities[index]
                let entity = entities[entityOfMention[index]]
                covered.append((mention.span.start, mention.span.end))
                let firstToken = unit.tokens.first { article.tokens[$0].start >= mention.span.start } ?? unit.tokens.lowerBound
                for term in entityTerms(entity, index: entityOfMention[index]) {
                    add(term, token: firstToken, to: &features)
                }
                if entity.kind == .person {
                    features.persons.append(entityOfMention[index])
                    features.personTokens.append(firstToken)
                }
            }
            for mention in dateLookup.inside(span).map({ dates[$0] }) {
                covered.append((mention.span.start, mention.span.end))
                guard let resolved = mention.resolved else { continue }
                var dated = DatedPhrase(mention: mention)
                if article.article.metadata.published == nil {
                    switch mention.expression {
                    case .weekday, .relative, .month, .current: dated.isGuessed = true
                    case .absolute, .monthDay: break
                    }
                }
                // "since 1988", "since the Lockerbie bombing in 1988": a cue a few words before, in the same phrase.
                var before = article.lastToken(endingBy: mention.span.start) ?? -1
                var steps = 0
                while before >= unit.tokens.lowerBound, steps < referenceWindow, article.tokens[before].kind != .punctuation {
                    if lexicon.referenceDateCues.contains(article.tokens[before].normalized) {
                        dated.isReference = true
                        if steps == 0 { dated.adjacentCue = article.tokens[before].normalized }
                    }
                    before -= 1
                    steps += 1
                }
                features.dates.append(dated)
                features.terms.insert("d:\(resolved)")
            }
            for number in numberLookup.inside(span).map({ article.numbers[$0] }) {
                covered.append((number.span.start, number.span.end))
                features.numbers.append(number)
                features.terms.insert("n:\(number.value)|\(number.unit ?? "")")
            }
            for index in quoteLookup.overlapping(span) {
                if let term = quoteTerms[index] { features.terms.insert(term) }
            }
            if let days = consecutiveDays(features.dates.map(\.date)) { features.terms.insert("n:\(Double(days))|day") }
            let sentenceStart = article.sentences[unit.sentence].tokens.lowerBound
            var tokenTerms: [Int: String] = [:]
            var index = unit.tokens.lowerBound
            while index < unit.tokens.upperBound {
                defer { index += 1 }
                let token = article.tokens[index]
                guard token.kind == .word, !covered.contains(where: { $0.start <= token.start && token.start < $0.end }) else {
                    continue
                }
                let word = EntityMerger.withoutPossessive(token.normalized)
                if let qualifier = lexicon.qualifiers[word] { features.qualifiers.insert(qualifier) }
                if lexicon.commemorationWords.contains(word) { features.isCommemoration = true }
                if let country = lexicon.demonyms[word] {
                    add("p:\(country)", token: index, to: &features)
                    // "the Chinese capital" names the capital city itself.
                    if index + 1 < unit.tokens.upperBound, article.tokens[index + 1].normalized == "capital",
                        let capital = capitalOfCountry[country] {
                        add("p:\(capital)", token: index, to: &features)
                    }
                    continue
                }
                if let country = lexicon.capitals[word] {
                    add("p:\(word)", token: index, to: &features)
                    add("p:\(country)", token: index, to: &features)
                    continue
                }
                guard !token.isStopWord, word.utf8.count > 1, !lexicon.ignoredWords.contains(word) else { continue }
                // A word recurs across an article's statements: its folded stem is worked out once.
                let folded: String
                if let known = foldedStemOfWord[word] {
                    folded = known
                } else {
                    let stem = EnglishStemmer.stem(lexicon.irregularForms[word] ?? word)
                    folded = synonymOfStem[stem] ?? stem
                    foldedStemOfWord[word] = folded
                }
                // Capitalized words inside a sentence are titles and names ("Foreign Minister"): they say who,
                // not what happened, so they weigh in the score but do not count as shared content.
                let kind = token.isCapitalized && index > sentenceStart && article.tokens[index - 1].kind == .word ? "t" : "w"
                add("\(kind):\(folded)", token: index, to: &features)
                if kind == "w" { tokenTerms[index] = "w:\(folded)" }
            }
            for index in features.dates.indices {
                features.dates[index].neighbors = neighbors(of: features.dates[index].mention.span, in: unit, article: article, terms: tokenTerms)
            }
            features.numberNeighbors = features.numbers.map { neighbors(of: $0.span, in: unit, article: article, terms: tokenTerms) }
            return features
        }
    }

    /// The content terms of the nearest content words before and after a span, within the statement.
    private func neighbors(of span: TextSpan, in unit: StatementUnit, article: AnalyzedArticle, terms: [Int: String]) -> [String] {
        let before = unit.tokens.reversed().first { article.tokens[$0].end <= span.start && terms[$0] != nil }
        let after = unit.tokens.first { article.tokens[$0].start >= span.end && terms[$0] != nil }
        return [before, after].compactMap { $0.flatMap { terms[$0] } }
    }

    /// "on Monday and Tuesday" spans two days, as a "two-day" visit does: the count of consecutive days named.
    private func consecutiveDays(_ dates: [CalendarDate]) -> Int? {
        let days = Set(dates.compactMap { date -> Int? in
            guard let month = date.month, let day = date.day else { return nil }
            return GregorianCalendar.dayNumber(year: date.year, month: month, day: day)
        })
        guard days.count >= 2, days.count <= 7, let first = days.min(), let last = days.max(), last - first + 1 == days.count
        else { return nil }
        return days.count
    }

    private func entityTerms(_ entity: StoryEntity, index: Int) -> [String] {
        let name = entity.name.lowercased()
        if let country = lexicon.capitals[name] { return ["p:\(name)", "p:\(country)"] }
        if countries.contains(name) { return ["p:\(name)"] }
        if let country = lexicon.demonyms[name] { return ["p:\(country)"] }
        return ["e:\(index)"]
    }

    private func add(_ term: String, token: Int, to features: inout StatementFeatures) {
        features.terms.insert(term)
        if features.termTokens[term] == nil { features.termTokens[term] = token }
    }
}
