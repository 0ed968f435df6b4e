extension StoryClusterer {
    /// The weights and thresholds of story clustering; one setting for every kind of news.
    public struct Configuration: Sendable, Hashable {
        /// Cosine similarity to a story's centroid at or above which an article joins the story.
        public var assignmentThreshold: Double
        /// Cosine similarity between two story centroids at or above which they merge into one story.
        public var mergeThreshold: Double
        /// Cosine similarity between two story centroids at or above which the stories are related (one group).
        public var groupThreshold: Double
        /// Extra weight of capitalized, entity-like words (names of people, places, organisations).
        public var entityWeight: Double
        /// Extra weight of numbers (counts, ages, scores): they tell apart similar events.
        public var numberWeight: Double
        /// How many opening sentences count as the lead.
        public var leadSentences: Int
        /// How much a word in the lead counts (a word elsewhere counts 1).
        public var leadWeight: Double
        /// The power the inverse document frequency is raised to: above 1, rare terms (names, places) count more.
        public var idfExponent: Double
        /// How many of an article's heaviest terms look up candidate stories in the inverted index.
        public var candidateTerms: Int
        /// Relative growth of the collection after which a story's cached centroid norm is recomputed.
        public var normRefreshGrowth: Double
        /// How copies are detected inside each story.
        public var copies: CopyDetector.Configuration

        public init(
            assignmentThreshold: Double = 0.3, mergeThreshold: Double = 0.6, groupThreshold: Double = 0.15, entityWeight: Double = 3,
            numberWeight: Double = 1.5, idfExponent: Double = 1, leadSentences: Int = 2, leadWeight: Double = 2, candidateTerms: Int = 24, normRefreshGrowth: Double = 0.1,
            copies: CopyDetector.Configuration = .default
        ) {
            self.assignmentThreshold = assignmentThreshold
            self.mergeThreshold = mergeThreshold
            self.groupThreshold = groupThreshold
            self.entityWeight = entityWeight
            self.numberWeight = numberWeight
            self.idfExponent = idfExponent
            self.leadSentences = leadSentences
            self.leadWeight = leadWeight
            self.candidateTerms = candidateTerms
            self.normRefreshGrowth = normRefreshGrowth
            self.copies = copies
        }

        /// An article joins a story at centroid cosine ≥ 0.3, two stories merge at ≥ 0.6 and group at ≥ 0.15;
        /// names count three times, numbers one and a half times and the two lead sentences twice, since names,
        /// figures and the lead are what separate two similar events. Chosen on ECB+ topics 1–35 as one setting.
        public static let `default` = Configuration()
    }
}
