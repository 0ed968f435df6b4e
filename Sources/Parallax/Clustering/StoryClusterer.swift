/// Groups articles into stories by streaming them, in publication order, through a `StoryIndex`; copies found by
/// `CopyDetector` always join their original's story and are listed in it.
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
        let copies = CopyDetector(configuration: configuration.copies).relations(among: ordered)
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
        var members = Array(repeating: [AnalyzedArticle](), count: live.count)
        for article in ordered { members[position[index.resolve(storyOf[article.id]!)]!].append(article) }
        let stories = members.map { Self.story(of: $0, copies: copies) }
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
        let copies = CopyDetector(configuration: configuration.copies).relations(among: ordered)
        return StoryClustering(stories: [Self.story(of: ordered, copies: copies)], groups: [])
    }

    /// A story of some articles (in stream order), named after its first, with the copies among them.
    private static func story(of articles: [AnalyzedArticle], copies: [CopyRelation]) -> Story {
        let ids = Set(articles.map(\.id))
        return Story(
            id: StoryID.startedBy(articles[0].id),
            articles: articles,
            copies: copies.filter { ids.contains($0.copy) && ids.contains($0.original) })
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
