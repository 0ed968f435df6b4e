import Foundation
import Parallax
@testable import ParallaxServer

/// Everything the in-memory repository answers reads from, rebuilt whole after each engine run.
struct RepositorySnapshot: Sendable {
    var articles: [ArticleID: Article]
    var briefs: [StoryID: RenderedBrief]
    var storyOf: [ArticleID: StoryID]
    /// When each article was (last) added, kept across runs.
    var added: [ArticleID: Date]
    /// Newest first.
    var summaries: [StoryOverview]

    static let empty = RepositorySnapshot(articles: [:], briefs: [:], storyOf: [:], added: [:], summaries: [])

    init(
        articles: [ArticleID: Article], briefs: [StoryID: RenderedBrief], storyOf: [ArticleID: StoryID],
        added: [ArticleID: Date], summaries: [StoryOverview]
    ) {
        self.articles = articles
        self.briefs = briefs
        self.storyOf = storyOf
        self.added = added
        self.summaries = summaries
    }

    init(result: StoryEngineResult, added: [ArticleID: Date]) {
        var articles: [ArticleID: Article] = [:]
        for article in result.articles { articles[article.id] = article }
        var briefs: [StoryID: RenderedBrief] = [:]
        var storyOf: [ArticleID: StoryID] = [:]
        var summaries: [StoryOverview] = []
        for brief in result.briefs {
            briefs[brief.story] = RenderedBrief(brief)
            for source in brief.sources { storyOf[source.article] = brief.story }
            let times = brief.sources.compactMap { added[$0.article] }
            let first = times.min() ?? Date(timeIntervalSince1970: 0)
            let last = times.max() ?? first
            summaries.append(StoryOverview(
                id: brief.story, headline: brief.headline, sourceCount: brief.outletCount,
                articleCount: brief.sources.count, firstSeen: first, lastSeen: last))
        }
        self.init(
            articles: articles, briefs: briefs, storyOf: storyOf, added: added,
            summaries: summaries.sorted(by: StoryOverview.newestFirst))
    }
}
