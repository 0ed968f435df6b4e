extension StoryAligner {
    /// Thresholds of the alignment stage; `default` was tuned on hand-checked stories, not on any one of them.
    package struct Configuration: Sendable {
        /// The average similarity two groups of statements need to merge into one fact.
        package var factThreshold: Double
        /// The least summed IDF weight of shared content words (not names, dates or numbers) two statements
        /// need before they can be compared at all: names alone ("Lavrov", "China") never make a fact.
        package var minSharedContentWeight: Double
        /// The similarity of everything but the disputed slot two statements need to be about the same thing.
        package var conflictThreshold: Double
        /// `minSharedContentWeight` for conflicts: statements that disagree share fewer words than ones that agree.
        package var conflictMinSharedContentWeight: Double
        /// Relative difference below which two numbers are the same number rounded differently.
        package var numberTolerance: Double
        /// The fewest words a single-source statement needs to be listed as a unique fact.
        package var minUniqueWords: Int
        /// The least word containment for two quotations to be the same quotation.
        package var quoteContainment: Double
        /// How far (in days, either direction) a weekday may lie from a borrowed story anchor.
        package var borrowedWeekdayReach: Int
        package var lexicon: AlignmentLexicon

        package init(
            factThreshold: Double = 0.3, minSharedContentWeight: Double = 4.0, conflictThreshold: Double = 0.3,
            conflictMinSharedContentWeight: Double = 3.0, numberTolerance: Double = 0.05, minUniqueWords: Int = 8, quoteContainment: Double = 0.8,
            borrowedWeekdayReach: Int = 3, lexicon: AlignmentLexicon = .english
        ) {
            self.factThreshold = factThreshold
            self.minSharedContentWeight = minSharedContentWeight
            self.conflictThreshold = conflictThreshold
            self.conflictMinSharedContentWeight = conflictMinSharedContentWeight
            self.numberTolerance = numberTolerance
            self.minUniqueWords = minUniqueWords
            self.quoteContainment = quoteContainment
            self.borrowedWeekdayReach = borrowedWeekdayReach
            self.lexicon = lexicon
        }

        /// Average-link facts at 0.3, conflicts at 0.3 similarity, numbers within 5%, unique facts of 8+ words,
        /// quotes 80% contained, weekdays within 3 days of a borrowed anchor, the English lexicon.
        package static let `default` = Configuration()
    }
}
