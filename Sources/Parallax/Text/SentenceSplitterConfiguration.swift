extension SentenceSplitter {
    /// The abbreviation lists the splitter consults; `default` uses `SentenceAbbreviations`.
    public struct Configuration: Sendable {
        /// Abbreviations (lower case, no final period) after which a sentence never ends.
        public var neverFinal: Set<String>
        /// Abbreviations after which a sentence does not end when a number follows.
        public var beforeNumbers: Set<String>
        /// Abbreviations after which a sentence ends only before a capitalized function word.
        public var ambiguous: Set<String>

        public init(neverFinal: Set<String>, beforeNumbers: Set<String>, ambiguous: Set<String>) {
            self.neverFinal = neverFinal
            self.beforeNumbers = beforeNumbers
            self.ambiguous = ambiguous
        }

        /// The English news defaults: titles, months, Latin abbreviations, company suffixes and dotted country names.
        public static let `default` = Configuration(
            neverFinal: SentenceAbbreviations.neverFinal,
            beforeNumbers: SentenceAbbreviations.beforeNumbers,
            ambiguous: SentenceAbbreviations.ambiguous)
    }
}
