import Foundation
import Parallax
@testable import ParallaxServer
import Synchronization

/// A repository that keeps everything in memory and reruns the engine over all documents on each add.
///
/// Reads take a short lock on the latest snapshot, so they never wait for a pipeline run; adds are serialized
/// by an actor. Rerunning everything is O(corpus) per add: right for tests and small demos, not for a newsroom.
final class InMemoryStoryRepository: StoryRepository {
    private let engine: any StoryEngine
    private let clock: @Sendable () -> Date
    private let snapshot = Mutex(RepositorySnapshot.empty)
    private let writer = Writer()

    /// - Parameter clock: when each article is added; injected so tests get fixed times.
    init(engine: any StoryEngine, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.engine = engine
        self.clock = clock
    }

    func add(_ documents: [RawDocument]) async throws -> [ArticleAssignment] {
        let (next, diagnostics) = await writer.add(documents, engine: engine, now: clock(), current: currentSnapshot())
        snapshot.withLock { $0 = next }
        return documents.map { document in
            let messages = diagnostics.filter { $0.origin == document.origin }.map(\.description)
            return ArticleAssignment(article: document.id, story: next.storyOf[document.id], diagnostics: messages)
        }
    }

    func stories(_ query: StoryQuery) async throws -> StoryPage {
        StoryPage.slice(currentSnapshot().summaries, query)
    }

    func brief(of story: StoryID) async throws -> RenderedBrief? {
        currentSnapshot().briefs[story]
    }

    func summary(of story: StoryID) async throws -> StoryOverview? {
        currentSnapshot().summaries.first { $0.id == story }
    }

    func article(_ id: ArticleID) async throws -> StoredArticle? {
        let current = currentSnapshot()
        guard let article = current.articles[id], let added = current.added[id] else { return nil }
        return StoredArticle(article: article, story: current.storyOf[id], added: added)
    }

    func articleCount() async throws -> Int {
        currentSnapshot().articles.count
    }

    private func currentSnapshot() -> RepositorySnapshot {
        snapshot.withLock { $0 }
    }

    /// Serializes adds so two runs never race to replace the snapshot.
    private actor Writer {
        private var documents: [ArticleID: RawDocument] = [:]
        private var order: [ArticleID] = []

        func add(
            _ added: [RawDocument], engine: any StoryEngine, now: Date, current: RepositorySnapshot
        ) -> (RepositorySnapshot, [Diagnostic]) {
            var times = current.added
            for document in added {
                if documents[document.id] == nil { order.append(document.id) }
                documents[document.id] = document
                times[document.id] = now
            }
            let result = engine.run(order.compactMap { documents[$0] })
            return (RepositorySnapshot(result: result, added: times), result.diagnostics)
        }
    }
}
