import Foundation

/// What story clustering needs of one article: its id, date and weighted term frequencies.
package struct ArticleFeatures: Sendable, Hashable {
    package let id: ArticleID
    package let published: CalendarDate?
    /// Term (a stem, or a number's text) → sublinear frequency times the term's kind weight.
    package let terms: [String: Double]
    /// The terms that are names or numbers here (the specifics that tell two events of one kind apart).
    package let entities: Set<String>

    package init(id: ArticleID, published: CalendarDate?, terms: [String: Double], entities: Set<String> = []) {
        self.id = id
        self.published = published
        self.terms = terms
        self.entities = entities
    }

    /// The terms of an analyzed article: stems of words that are not stop words, and numbers; a capitalized word
    /// that does not open its sentence counts as an entity, unless its sentence is a headline in title case.
    package init(_ article: AnalyzedArticle, configuration: StoryClusterer.Configuration = .default) {
        var sentenceStarts = Set<Int>()
        // In a title-case headline ("Microsoft Releases Critical Patch") capitals say nothing about names.
        var titleCased: [Range<Int>] = []
        for sentence in article.sentences {
            if let first = article.tokens[sentence.tokens].firstIndex(where: { $0.kind == .word }) {
                sentenceStarts.insert(first)
            }
            if Self.isTitleCase(article.tokens[sentence.tokens], share: configuration.titleCaseShare) {
                titleCased.append(sentence.tokens)
            }
        }
        // The lead states the event (who, what, where); later paragraphs drift into background.
        let leadEnd = article.sentences.count > configuration.leadSentences
            ? article.sentences[configuration.leadSentences].tokens.lowerBound : article.tokens.count
        var counts: [String: Double] = [:]
        var boosts: [String: Double] = [:]
        var titleCase = titleCased.makeIterator()
        var currentTitle = titleCase.next()
        /// Counts one token: words that are not stop words and numbers; a capitalized word may be a name.
        func count(_ token: Token, mayBeName: Bool, weight: Double) {
            let boost: Double
            switch token.kind {
            case .word:
                guard !token.isStopWord, token.stem.utf8.count >= 2 else { return }
                boost = token.isCapitalized && mayBeName ? configuration.entityWeight : 1
            case .number:
                boost = configuration.numberWeight
            case .punctuation, .symbol:
                return
            }
            counts[token.stem, default: 0] += weight
            // A term seen once as a name is a name ("Bush"), even where it opens a sentence.
            boosts[token.stem] = max(boosts[token.stem] ?? 1, boost)
        }
        for (index, token) in article.tokens.enumerated() {
            while let range = currentTitle, range.upperBound <= index { currentTitle = titleCase.next() }
            let inTitle = currentTitle?.contains(index) ?? false
            count(token, mayBeName: !sentenceStarts.contains(index) && !inTitle, weight: index < leadEnd ? configuration.leadWeight : 1)
        }
        // The title states the event as the lead does; a body that opens with the title already counted it.
        if let title = article.article.metadata.title, !Self.opens(article.article.text, with: title) {
            let tokens = Self.titleTokenizer.tokenize(title)
            let inTitleCase = Self.isTitleCase(tokens[...], share: configuration.titleCaseShare)
            let first = tokens.firstIndex { $0.kind == .word }
            for (index, token) in tokens.enumerated() {
                count(token, mayBeName: index != first && !inTitleCase, weight: configuration.leadWeight)
            }
        }
        var terms: [String: Double] = [:]
        var entities = Set<String>()
        for (term, count) in counts {
            let boost = boosts[term] ?? 1
            terms[term] = (1 + log(max(count, 1))) * boost
            if boost > 1 { entities.insert(term) }
        }
        self.init(id: article.id, published: article.article.metadata.published, terms: terms, entities: entities)
    }

    private static let titleTokenizer = Tokenizer()

    /// Whether the text's first line is the title (a headline-only article, or a body that repeats its title).
    static func opens(_ text: String, with title: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" }
        return firstLine.trimmingCharacters(in: .whitespaces).lowercased() == title.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether at least `share` of a sentence's content words (of three or more) are capitalized.
    static func isTitleCase(_ tokens: ArraySlice<Token>, share: Double) -> Bool {
        var words = 0, capitalized = 0
        for token in tokens where token.kind == .word && !token.isStopWord && token.stem.utf8.count >= 2 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return words >= 3 && Double(capitalized) >= share * Double(words)
    }
}
