extension HTMLExtractor {
    /// How `HTMLExtractor` decides what is main text.
    package struct Configuration: Sendable, Hashable {
        /// Tag roles and class/id markers.
        package var rules: ExtractionRules
        /// A block shorter than this (in UTF-8 bytes) does not vote for its container.
        package var minimumScoredBlockLength: Int
        /// A block whose linked text exceeds this share is navigation, unless it is long.
        package var maximumLinkDensity: Double
        /// A sibling of the best container joins it when its score reaches this share of the best score.
        package var siblingScoreShare: Double
        /// When the chosen container holds less than this share of the page's dense text, all dense blocks are kept instead.
        package var fallbackShare: Double
        /// Lines shorter than this before the first substantial paragraph (and after the last) are dropped.
        package var edgeLineLength: Int
        /// A sibling of the best container with at least this much text and few links joins it.
        package var siblingTextLength: Int
        /// When the main text is shorter than this (UTF-8 bytes), a second pass ignoring class/id names is tried.
        package var lenientPassLength: Int
        /// The lenient pass is taken when it finds at least this much more dense text (and twice as much).
        package var lenientPassGain: Int
        /// The most commas one block may count when it votes for its container.
        package var maximumCommaVotes: Int

        package init(
            rules: ExtractionRules = .default, minimumScoredBlockLength: Int = 25,
            maximumLinkDensity: Double = 0.5, siblingScoreShare: Double = 0.2, fallbackShare: Double = 0.25,
            edgeLineLength: Int = 40, siblingTextLength: Int = 100, lenientPassLength: Int = 1000, lenientPassGain: Int = 300,
            maximumCommaVotes: Int = 10
        ) {
            self.maximumCommaVotes = maximumCommaVotes
            self.lenientPassLength = lenientPassLength
            self.lenientPassGain = lenientPassGain
            self.rules = rules
            self.minimumScoredBlockLength = minimumScoredBlockLength
            self.maximumLinkDensity = maximumLinkDensity
            self.siblingScoreShare = siblingScoreShare
            self.fallbackShare = fallbackShare
            self.edgeLineLength = edgeLineLength
            self.siblingTextLength = siblingTextLength
        }

        /// Readability-style container scoring with trafilatura-style rules as data; tuned on general news and blog pages.
        package static let `default` = Configuration()
    }
}
