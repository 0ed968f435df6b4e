import Testing
@testable import Parallax

/// The compact online index: interned terms, bounded centroids, capped posting lists, member ordinals.
@Suite struct StoryIndexTests {
    private static func features(_ id: String, _ terms: [String: Double], entities: Set<String> = []) -> ArticleFeatures {
        ArticleFeatures(id: ArticleID(id), published: nil, terms: terms, entities: entities)
    }

    @Test func termsGetIdsInFirstSeenOrderAndNewTermsOfOneArticleInSortedOrder() {
        var index = StoryIndex()
        _ = index.add(Self.features("a", ["delta": 1, "alpha": 2, "charlie": 1]))
        _ = index.add(Self.features("b", ["bravo": 1, "alpha": 1, "echo": 3]))
        #expect(["alpha", "charlie", "delta", "bravo", "echo"].map { index.id(of: $0) } == [0, 1, 2, 3, 4])
        #expect(index.id(of: "zulu") == nil)
        #expect(index.vocabularySize == 5)
        #expect(index.documentFrequency(of: "alpha") == 2)
        #expect(index.documentFrequency(of: "echo") == 1)
        #expect(index.documentFrequency(of: "zulu") == 0)
    }

    @Test func theSameArticlesGiveTheSameIndexWhateverTheirDictionaryOrder() {
        // Dictionaries built in different insertion orders iterate differently; the ids must not follow that.
        var forward: [String: Double] = [:], backward: [String: Double] = [:]
        let words = (0..<40).map { "w\($0)" }
        for (n, word) in words.enumerated() { forward[word] = Double(n % 7 + 1) }
        for (n, word) in words.enumerated().reversed() { backward[word] = Double(n % 7 + 1) }
        var first = StoryIndex(), second = StoryIndex()
        _ = first.add(Self.features("a", forward))
        _ = second.add(Self.features("a", backward))
        #expect(words.sorted().map { first.id(of: $0) } == (0..<40).map { UInt32($0) })
        #expect(first.stories == second.stories)
    }

    @Test func aCentroidKeepsOnlyItsHeaviestTermsSortedById() {
        var configuration = StoryClusterer.Configuration.default
        configuration.centroidTerms = 3
        var index = StoryIndex(configuration: configuration)
        // One article: weights 1…10, all with the same idf, so the three heaviest are t8, t9, t10.
        let terms = Dictionary(uniqueKeysWithValues: (1...10).map { ("t\($0)", Double($0)) })
        _ = index.add(Self.features("a", terms))
        let kept = index.stories[0].terms
        #expect(Set(kept.map(\.term)) == Set(["t8", "t9", "t10"].compactMap { index.id(of: $0) }))
        #expect(kept.map(\.term) == kept.map(\.term).sorted())
        // A second member adds its sums but the centroid stays at three terms.
        _ = index.add(Self.features("b", terms), toStory: 0)
        #expect(index.stories[0].terms.count == 3)
        #expect(index.stories[0].members == [0, 1])
    }

    @Test func aPostingListKeepsOnlyTheStoriesThatUsedItsTermLast() {
        var configuration = StoryClusterer.Configuration.default
        configuration.postingLimit = 2
        configuration.shortArticleTerms = 0
        var index = StoryIndex(configuration: configuration)
        // Five stories sharing one weak term and nothing else: each starts its own story.
        for n in 0..<5 {
            let assignment = index.add(Self.features("a\(n)", ["shared": 1, "own\(n)a": 4, "own\(n)b": 4]))
            #expect(assignment.isNew)
        }
        let shared = index.id(of: "shared")!
        #expect(index.postings.stories(of: shared) == [3, 4])
        // A story posting the term again moves to the end instead of appearing twice.
        _ = index.add(Self.features("b", ["shared": 1, "own3a": 4, "own3b": 4]), toStory: 3)
        #expect(index.postings.stories(of: shared) == [4, 3])
        #expect((0..<UInt32(index.vocabularySize)).allSatisfy { index.postings.stories(of: $0).count <= 2 })
    }

    @Test func anArticleStillFindsAStoryThroughItsRareTermsWhenCommonTermsListOthers() {
        var configuration = StoryClusterer.Configuration.default
        configuration.postingLimit = 2
        configuration.shortArticleTerms = 0
        var index = StoryIndex(configuration: configuration)
        _ = index.add(Self.features("first", ["common": 1, "kaltor": 3, "venbridge": 3, "flood": 2]))
        for n in 0..<6 { _ = index.add(Self.features("other\(n)", ["common": 1, "x\(n)": 3, "y\(n)": 3])) }
        let late = index.add(Self.features("late", ["common": 1, "kaltor": 3, "venbridge": 3, "rain": 1]))
        #expect(!late.isNew && late.story == 0)
    }

    @Test func anAssignmentNamesTheStoriesMergedAway() {
        var configuration = StoryClusterer.Configuration.default
        configuration.assignmentThreshold = 0.95
        configuration.mergeThreshold = 0.5
        configuration.shortArticleTerms = 0
        // Without background documents, so the two first stories stay below the merge threshold until c joins.
        configuration.backgroundDocuments = 0
        var index = StoryIndex(configuration: configuration)
        // Two stories too different to join at 0.95, then an article forced into the second makes them alike.
        let a = index.add(Self.features("a", ["quarn": 3, "lisbet": 3, "dam": 2]))
        let b = index.add(Self.features("b", ["quarn": 3, "lisbet": 3, "dam": 2, "vote": 6]))
        #expect(a.isNew && b.isNew && a.story == 0 && b.story == 1 && b.merged.isEmpty)
        let c = index.add(Self.features("c", ["quarn": 3, "lisbet": 3, "dam": 2]), toStory: 1)
        #expect(c.story == 0 && c.merged == [1])
        #expect(index.resolve(1) == 0 && index.liveStories == [0])
        #expect(index.stories[0].members == [0, 1, 2] && index.stories[1].members.isEmpty)
    }
}
