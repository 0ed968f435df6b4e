extension StorySplitter {
    /// When a story is tested for two events and how its members are kept for the test.
    public struct Configuration: Sendable, Hashable {
        /// A story splits when the centroids of its two halves are less alike than this (0: stories never split).
        public var below: Double
        /// Fewest members a story needs before it is tested.
        public var minimumMembers: Int
        /// Fewest members each half needs.
        public var minimumHalf: Int
        /// A story with more members is no longer tested, and its sketches are dropped (the memory stays bounded).
        public var memberLimit: Int
        /// How many of its heaviest terms each member's sketch keeps.
        public var memberTerms: Int
        /// A story is tested again once it has grown by this factor since its last test.
        public var retestGrowth: Double
        /// Least share of members that must be long articles (a split of headlines alone is noise).
        public var longShare: Double

        public init(
            below: Double = 0.55, minimumMembers: Int = 6, minimumHalf: Int = 5, memberLimit: Int = 64, memberTerms: Int = 32,
            retestGrowth: Double = 1.25, longShare: Double = 0.5
        ) {
            self.below = below
            self.minimumMembers = minimumMembers
            self.minimumHalf = minimumHalf
            self.memberLimit = memberLimit
            self.memberTerms = memberTerms
            self.retestGrowth = retestGrowth
            self.longShare = longShare
        }

        /// Whether stories are ever tested.
        public var isEnabled: Bool { below > 0 }

        /// Halves less alike than cosine 0.55, of at least 5 members each, among at most 64 members kept as their
        /// 32 heaviest terms, tested at 6 members and again at each growth by a quarter; half the members must be
        /// longer than a headline. Chosen as the middle of the plateau of the mean ECB+ score over ten stream
        /// orders (BENCHMARKS.md); the UCI headlines never split.
        public static let `default` = Configuration()

        /// Stories never split.
        public static let off = Configuration(below: 0)
    }
}
