import Foundation
import Parallax
import ParallaxServer
import ParallaxStore
import Synchronization

/// The server's repository over the store (SQLite or PostgreSQL): adds go through the store's incremental ingester, one
/// transaction per article; reads come from the store, with each story's brief computed once and cached until
/// an add changes the store.
package final class StoreStoryRepository: StoryRepository {
    private let store: any ArticleStore
    private let pipeline: Pipeline
    private let writer: Writer
    private let cache = Mutex(StoreReadCache())

    package init(store: any ArticleStore, configuration: PipelineConfiguration = .default) throws {
        self.store = store
        self.pipeline = Pipeline(configuration: configuration)
        self.writer = Writer(ingester: try StoreIngester(store: store, configuration: configuration.clustering))
    }

    package func add(_ documents: [RawDocument]) async throws -> [ArticleAssignment] {
        let (results, before, after, othersReplayed) = try await writer.add(documents, pipeline: pipeline)
        invalidate(after: results)
        cache.withLock { cache in
            // Only this server wrote between `before` and `after`, and `invalidate` dropped what that changed.
            if othersReplayed == 0 && cache.sequence == before { cache.sequence = after } else { cache = StoreReadCache() }
        }
        var assignments: [ArticleAssignment] = []
        for result in results {
            switch result {
            case .skipped(let id, let diagnostics):
                assignments.append(ArticleAssignment(article: id, story: nil, diagnostics: diagnostics))
            case .stored(let outcome, let diagnostics):
                assignments.append(ArticleAssignment(article: outcome.article, story: outcome.story, diagnostics: diagnostics))
            case .alreadyStored(let id, let diagnostics):
                let story = try await storyID(of: id)
                assignments.append(ArticleAssignment(article: id, story: story, diagnostics: diagnostics + ["already stored"]))
            }
        }
        return assignments
    }

    /// Saves the online index's snapshot in the store, so the next start replays nothing.
    package func saveIndexSnapshot() async throws { try await writer.saveIndexSnapshot() }

    package func stories(_ query: StoryQuery) async throws -> StoryPage {
        StoryPage.slice(try overviews(), query)
    }

    package func brief(of story: StoryID) async throws -> RenderedBrief? {
        try await loaded(story)?.brief
    }

    package func summary(of story: StoryID) async throws -> StoryOverview? {
        try overviews().first { $0.id == story }
    }

    package func article(_ id: ArticleID) async throws -> StoredArticle? {
        guard let storyID = try await storyID(of: id), let story = try await loaded(storyID) else { return nil }
        guard let analyzed = story.story.articles.first(where: { $0.id == id }) else { return nil }
        return StoredArticle(article: analyzed.article, story: story.brief.brief.story, added: nil)
    }

    package func articleCount() async throws -> Int {
        try store.articleCount()
    }

    // MARK: - Reads through the cache

    /// Drops the cache when the store holds articles it was not filled with (another process ingested them).
    private func validateCache() throws {
        let current = try store.lastSequence() ?? 0
        cache.withLock { cache in
            if cache.sequence != current {
                cache = StoreReadCache()
                cache.sequence = current
            }
        }
    }

    private func overviews() throws -> [StoryOverview] {
        try validateCache()
        if let cached = cache.withLock({ $0.overviews }) { return cached }
        let overviews = try store.stories(since: nil).map { summary in
            StoryOverview(
                id: summary.id, headline: summary.headline, sourceCount: summary.sources,
                articleCount: summary.articles, firstSeen: Self.instant(summary.firstSeen),
                lastSeen: Self.instant(summary.lastSeen), isDayPrecision: true)
        }.sorted(by: StoryOverview.newestFirst)
        cache.withLock { $0.overviews = overviews }
        return overviews
    }

    /// The story and its brief, computed once: concurrent readers of a story not yet cached wait for the same
    /// computation instead of each aligning the story again.
    private func loaded(_ id: StoryID) async throws -> StoreReadCache.LoadedStory? {
        try validateCache()
        let (task, isNew) = cache.withLock { cache -> (Task<StoreReadCache.LoadedStory?, Error>, Bool) in
            if let task = cache.stories[id] { return (task, false) }
            let task = Task { [store, pipeline] () throws -> StoreReadCache.LoadedStory? in
                guard let story = try store.story(id, configuration: pipeline.configuration) else { return nil }
                return StoreReadCache.LoadedStory(story: story, brief: RenderedBrief(pipeline.brief(story).brief))
            }
            cache.stories[id] = task
            return (task, true)
        }
        do {
            let loaded = try await task.value
            if isNew, let loaded {
                cache.withLock { cache in
                    for article in loaded.story.articles { cache.storyOf[article.id] = loaded.story.id }
                }
            }
            return loaded
        } catch {
            // A failed read is not cached: the next reader tries again.
            cache.withLock { _ = $0.stories.removeValue(forKey: id) }
            throw error
        }
    }

    /// Forgets what an add changed: the list always, the stories that gained articles, everything after a merge.
    private func invalidate(after results: [StoreAddResult]) {
        cache.withLock { cache in
            cache.overviews = nil
            for result in results {
                guard case .stored(let outcome, _) = result else { continue }
                if outcome.mergedStories > 0 {
                    cache = StoreReadCache()
                    return
                }
                cache.stories[outcome.story] = nil
                cache.storyOf[outcome.article] = outcome.story
            }
        }
    }

    /// The story an article is in: known once its story was loaded, else found by loading the stories.
    private func storyID(of article: ArticleID) async throws -> StoryID? {
        if let known = cache.withLock({ $0.storyOf[article] }) { return known }
        for overview in try overviews() {
            if let story = try await loaded(overview.id), story.story.articles.contains(where: { $0.id == article }) {
                return story.story.id
            }
        }
        return nil
    }

    /// The store keeps calendar days; the list shows them as midnight UTC.
    private static func instant(_ date: CalendarDate) -> Date {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month ?? 1
        components.day = date.day ?? 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// Serializes adds: the ingester's online index is one mutable value.
    private actor Writer {
        private var ingester: StoreIngester

        init(ingester: sending StoreIngester) {
            self.ingester = ingester
        }

        /// The results, the store's last sequence as this writer knew it before and after, and how many articles
        /// of other processes the index replayed meanwhile.
        func add(
            _ documents: [RawDocument], pipeline: Pipeline
        ) throws -> (results: [StoreAddResult], before: Int64, after: Int64, othersReplayed: Int) {
            let before = ingester.lastSequence ?? 0
            let replayed = ingester.othersReplayed
            let prepared = documents.map(pipeline.prepare)
            let candidates = prepared.compactMap { article in article.analyzed.map { StoreCandidate(article.article, analyzed: $0) } }
            var additions = try ingester.add(candidates, ingestedAt: Date(), analyze: pipeline.analyze)[...]
            var results: [StoreAddResult] = []
            for (document, article) in zip(documents, prepared) {
                let messages = article.article.diagnostics.map(\.description)
                guard article.analyzed != nil else {
                    results.append(.skipped(document.id, messages))
                    continue
                }
                switch additions.removeFirst() {
                case .alreadyStored(let id):
                    results.append(.alreadyStored(id, messages))
                case .stored(let outcome):
                    results.append(.stored(outcome, messages))
                }
            }
            // A long-running server keeps a recent index snapshot, so a restart replays only the articles after it;
            // a failed snapshot write costs only a longer replay at the next start.
            if ingester.snapshotIsDue() { try? ingester.saveIndexSnapshot() }
            return (results, before, ingester.lastSequence ?? 0, ingester.othersReplayed - replayed)
        }

        /// Saves the index snapshot (at shutdown), so the next start replays nothing.
        func saveIndexSnapshot() throws { try ingester.saveIndexSnapshot() }
    }
}
