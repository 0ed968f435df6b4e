/// Groups articles into stories by streaming them, in publication order, through a `StoryIndex`; exact and near
/// copies found by `CopyDetector` always join their original's story. A story lists the copies among its members.
package struct StoryClusterer: Sendable {
    package let configuration: Configuration
    /// When two stories are related (one group).
    package let grouping: StoryGrouping

    package init(configuration: Configuration = .default, grouping: StoryGrouping = .default) {
        self.configuration = configuration
        self.grouping = grouping
    }

    /// The stories among the articles.
    package func cluster(_ articles: [AnalyzedArticle]) -> [Story] { clustering(articles).stories }

    /// The stories among the articles and the groups of related stories.
    package func clustering(_ articles: [AnalyzedArticle]) -> StoryClustering {
        let ordered = articles.sorted(by: Self.streamOrder)
        let detector = CopyDetector(configuration: configuration.copies)
        let copyFeatures = ordered.map(detector.features(of:))
        let copies = detector.relations(among: copyFeatures)
        // Exact and near copies follow their first related article; rewrites share too little to be forced.
        var copiedWith: [ArticleID: [ArticleID]] = [:]
        for relation in copies where relation.kind != .rewrite {
            copiedWith[relation.copy, default: []].append(relation.original)
            copiedWith[relation.original, default: []].append(relation.copy)
        }
        var index = StoryIndex(configuration: configuration)
        var storyOf: [ArticleID: Int] = [:]
        var featuresOf: [ArticleID: ArticleFeatures] = [:]
        // Member ordinal → article, for the members a split moves.
        var articleAt: [ArticleID] = []
        for article in ordered {
            articleAt.append(article.id)
            let features = ArticleFeatures(article, configuration: configuration)
            featuresOf[article.id] = features
            let assignment: StoryAssignment
            if let story = copiedWith[article.id]?.sorted().lazy.compactMap({ storyOf[$0] }).first.map(index.resolve) {
                assignment = index.add(features, toStory: story)
            } else {
                assignment = index.add(features)
            }
            storyOf[article.id] = assignment.story
            if let split = assignment.split {
                for member in split.members { storyOf[articleAt[Int(member)]] = split.story }
            }
        }
        let live = index.liveStories
        let position = Dictionary(uniqueKeysWithValues: live.enumerated().map { ($0.element, $0.offset) })
        var members = Array(repeating: [CopyFeatures](), count: live.count)
        for (article, features) in zip(ordered, copyFeatures) {
            members[position[index.resolve(storyOf[article.id]!)]!].append(features)
        }
        let stories = members.map { Self.story(id: StoryID.startedBy($0[0].article.id), of: $0, detector: detector) }
        var memberFeatures: [Int: [ArticleFeatures]] = [:]
        for article in ordered { memberFeatures[index.resolve(storyOf[article.id]!), default: []].append(featuresOf[article.id]!) }
        let groups = index.groups(members: memberFeatures, grouping).map { positions -> StoryGroup in
            let ids = positions.map { stories[position[$0]!].id }.sorted()
            return StoryGroup(id: StableIdentifier.make(prefix: "g-", from: ids[0].rawValue), stories: ids)
        }
        return StoryClustering(stories: stories, groups: groups)
    }

    /// All the articles as one story, in stream order, with the copies among them; no groups.
    package func oneStory(_ articles: [AnalyzedArticle]) -> StoryClustering {
        guard !articles.isEmpty else { return StoryClustering(stories: [], groups: []) }
        let ordered = articles.sorted(by: Self.streamOrder)
        let detector = CopyDetector(configuration: configuration.copies)
        let story = Self.story(id: StoryID.startedBy(ordered[0].id), of: ordered.map(detector.features(of:)), detector: detector)
        return StoryClustering(stories: [story], groups: [])
    }

    /// A story of its members (their copy features, in stream order) with the copies among them: one rule for a
    /// story made here and one read from a store, so that both list the same copies.
    package static func story(id: StoryID, of members: [CopyFeatures], detector: CopyDetector) -> Story {
        Story(id: id, articles: members.map(\.article), copies: detector.relations(among: members))
    }

    /// Publication date (undated articles last), then id: the order articles are clustered in.
    package static func streamOrder(_ a: AnalyzedArticle, _ b: AnalyzedArticle) -> Bool {
        streamOrder((a.article.metadata.published, a.id), (b.article.metadata.published, b.id))
    }

    /// The stream order of two articles known by their publication date and id.
    package static func streamOrder(_ a: (published: CalendarDate?, id: ArticleID), _ b: (published: CalendarDate?, id: ArticleID)) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id < b.id
        }
    }
}
