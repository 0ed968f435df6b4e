extension StoryClusterer {
    /// The weights and thresholds of story clustering; one setting for every kind of news.
    public struct Configuration: Sendable, Hashable {
        /// Cosine similarity to a story's centroid at or above which an article joins the story.
        public var assignmentThreshold: Double
        /// Cosine similarity between two story centroids at or above which the stories are related (one group).
        public var groupThreshold: Double
        /// Extra weight of capitalized, entity-like words (names of people, places, organisations).
        public var entityWeight: Double
        /// Extra weight of numbers (counts, ages, scores): they tell apart similar events.
        public var numberWeight: Double
        /// How many of an article's heaviest terms look up candidate stories in the inverted index.
        public var candidateTerms: Int
        /// Relative growth of the collection after which a story's cached centroid norm is recomputed.
        public var normRefreshGrowth: Double
        /// How copies are detected inside each story.
        public var copies: CopyDetector.Configuration

        public init(
            assignmentThreshold: Double = 0.3, groupThreshold: Double = 0.15, entityWeight: Double = 2,
            numberWeight: Double = 1.5, candidateTerms: Int = 24, normRefreshGrowth: Double = 0.1,
            copies: CopyDetector.Configuration = .default
        ) {
            self.assignmentThreshold = assignmentThreshold
            self.groupThreshold = groupThreshold
            self.entityWeight = entityWeight
            self.numberWeight = numberWeight
            self.candidateTerms = candidateTerms
            self.normRefreshGrowth = normRefreshGrowth
            self.copies = copies
        }

        /// An article joins a story at centroid cosine ≥ 0.3 and stories group at ≥ 0.15; names count double and
        /// numbers one and a half times, since they are what separates two similar events.
        public static let `default` = Configuration()
    }
}
