extension StorySplitter {
    /// When a story is tested for two events and how its members are kept for the test.
    package struct Configuration: Sendable, Hashable {
        /// How many of its most similar members each member is linked to (0: stories never split).
        package var neighbors: Int
        /// Fewest members a story needs before it is tested.
        package var minimumMembers: Int
        /// Fewest members each of the two largest linked sets needs for the story to split.
        package var minimumHalf: Int
        /// A story with more members is no longer tested, and its sketches are dropped (the memory stays bounded).
        package var memberLimit: Int
        /// How many of its heaviest terms (by TF-IDF when it joins) each member's sketch keeps.
        package var memberTerms: Int
        /// A story is tested again once it has grown by this factor since its last test.
        package var retestGrowth: Double
        /// Least share of members that must be long articles (a split of headlines alone is noise).
        package var longShare: Double

        package init(
            neighbors: Int = 2, minimumMembers: Int = 6, minimumHalf: Int = 5, memberLimit: Int = 64, memberTerms: Int = 32,
            retestGrowth: Double = 1.1, longShare: Double = 0.5
        ) {
            self.neighbors = neighbors
            self.minimumMembers = minimumMembers
            self.minimumHalf = minimumHalf
            self.memberLimit = memberLimit
            self.memberTerms = memberTerms
            self.retestGrowth = retestGrowth
            self.longShare = longShare
        }

        /// Whether stories are ever tested.
        package var isEnabled: Bool { neighbors > 0 }

        /// Links to each member's 2 nearest members leave two sets of at least 5 members, among at most 64 members
        /// kept as their 32 heaviest terms, tested at 6 members and again at each growth by a tenth; half the
        /// members must be longer than a headline. Chosen by the mean ECB+ score over ten stream orders
        /// (BENCHMARKS.md); the UCI headlines never split.
        package static let `default` = Configuration()

        /// Stories never split.
        package static let off = Configuration(neighbors: 0)

        /// The settings under fixed key names, for `StoryClusterer.Configuration.fingerprint`.
        var fingerprintValues: [String: String] {
            [
                "neighbors": "\(neighbors)", "minimumMembers": "\(minimumMembers)", "minimumHalf": "\(minimumHalf)",
                "memberLimit": "\(memberLimit)", "memberTerms": "\(memberTerms)", "retestGrowth": "\(retestGrowth)",
                "longShare": "\(longShare)",
            ]
        }
    }
}
