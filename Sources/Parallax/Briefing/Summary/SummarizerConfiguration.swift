extension Summarizer {
    /// The summarizer's knobs; one setting for every story (nothing is tuned per topic).
    package struct Configuration: Sendable {
        /// Sentences shorter than this (in words) are fragments or captions.
        package var minWords: Int
        /// Sentences longer than this are run-ons or lists that crowd out the budget.
        package var maxWords: Int
        /// A concept must appear in at least this many articles to count (one outlet's detail is not the story).
        package var minConceptArticles: Int
        /// How much a lead sentence is worth over a late one: weight 1 + positionWeight / (1 + position).
        package var positionWeight: Double
        /// How much a sentence backed by every source in `facts` is worth over one backed by a single source.
        package var agreementWeight: Double
        /// No two summary sentences may be closer than this (cosine of content-word stems).
        package var maxSimilarity: Double
        /// A sentence of another article at least this close is cited as saying the same.
        package var citationSimilarity: Double

        package init(
            minWords: Int = 8, maxWords: Int = 50, minConceptArticles: Int = 2, positionWeight: Double = 1,
            agreementWeight: Double = 1, maxSimilarity: Double = 0.5, citationSimilarity: Double = 0.6
        ) {
            self.minWords = minWords
            self.maxWords = maxWords
            self.minConceptArticles = minConceptArticles
            self.positionWeight = positionWeight
            self.agreementWeight = agreementWeight
            self.maxSimilarity = maxSimilarity
            self.citationSimilarity = citationSimilarity
        }

        /// 8–50-word sentences, concepts in ≥ 2 articles, lead sentences up to twice as heavy, no pair closer than 0.5.
        package static let `default` = Configuration()
    }
}
