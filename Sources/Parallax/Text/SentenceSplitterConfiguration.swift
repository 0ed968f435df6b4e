extension SentenceSplitter {
    /// The abbreviation lists the splitter consults; `default` uses `SentenceAbbreviations`.
    package struct Configuration: Sendable {
        /// Abbreviations (lower case, no final period) after which a sentence never ends.
        package var neverFinal: Set<String>
        /// Abbreviations after which a sentence does not end when a number follows.
        package var beforeNumbers: Set<String>
        /// Abbreviations after which a sentence ends only before a capitalized function word.
        package var ambiguous: Set<String>

        package init(neverFinal: Set<String>, beforeNumbers: Set<String>, ambiguous: Set<String>) {
            self.neverFinal = neverFinal
            self.beforeNumbers = beforeNumbers
            self.ambiguous = ambiguous
        }

        /// The English news defaults: titles, months, Latin abbreviations, company suffixes and dotted country names.
        package static let `default` = Configuration(
            neverFinal: SentenceAbbreviations.neverFinal,
            beforeNumbers: SentenceAbbreviations.beforeNumbers,
            ambiguous: SentenceAbbreviations.ambiguous)
    }
}
