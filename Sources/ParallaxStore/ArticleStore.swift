import Foundation
import Parallax

/// A persistent article store: articles, their analysis, clustering signatures and story assignments, one
/// transaction per article. `SQLiteArticleStore` is the embedded one; ParallaxPostgres adds one that several
/// processes and machines share. `StoreIngester` writes through `writing`; the reading commands use the rest.
package protocol ArticleStore: AnyObject, Sendable {
    /// Where the store is, for messages: a file path, or a URL without its password.
    var location: String { get }

    /// The value a setting of the store was built with, recording `value` when the store has none yet.
    func setting(_ key: String, recordingIfAbsent value: String) throws -> String

    /// The stored id of the article with this key, if it is stored.
    func storedID(of key: ArticleKey) throws -> ArticleID?

    /// The stored id of the article read from exactly these input bytes under this input id, if it is stored.
    func storedID(sourceID: ArticleID, rawHash: String) throws -> ArticleID?

    /// Whether some stored article has this id.
    func contains(_ id: ArticleID) throws -> Bool

    /// How many articles are stored.
    func articleCount() throws -> Int

    /// How many stored articles have a sequence up to `sequence` (those rows never change once committed).
    func articleCount(through sequence: Int64) throws -> Int

    /// The sequence of the last stored article (nil for an empty store): when it moved, another process wrote.
    func lastSequence() throws -> Int64?

    /// Stores a snapshot of the online index that holds the `articles` articles up to `sequence`, replacing the
    /// previous one, in its own transaction; refused when the store does not hold exactly that many articles up
    /// to `sequence`.
    func saveIndexSnapshot(_ data: [UInt8], sequence: Int64, articles: Int) throws

    /// The stored index snapshot, if any.
    func indexSnapshot() throws -> StoredIndexSnapshot?

    /// The signatures after `sequence` (all without it) and the story rows, read in one consistent snapshot.
    func indexState(after sequence: Int64?) throws -> StoredIndexState

    /// The live stories last seen on or after `since` (all of them without it), latest first, then by id.
    func stories(since: CalendarDate?) throws -> [StorySummary]

    /// The rows of a stored story; the id of a story that merged into another gives the one it merged into.
    func storyRows(_ id: StoryID) throws -> StoredStoryRows?

    /// Runs `body` in one write transaction under the store's write lock: no other process stores an article
    /// until it returns, and either all of its writes commit or none.
    func writing<T>(_ what: String, _ body: (any StoreWriteTransaction) throws -> T) throws -> T
}

extension ArticleStore {
    /// Every article's clustering signature, in ingest order, for replaying the online index.
    package func signatures() throws -> [StoredSignature] {
        try indexState(after: nil).signatures
    }

    /// A stored story, ready for `Pipeline.brief`: its articles (in stream order) rebuilt from their rows with the
    /// analysis made at ingest (only the tokens are made again, by the tokenizer), the copies among them found as batch
    /// clustering finds a story's copies (`StoryClusterer.story(id:of:detector:)`). The id of a story that merged into
    /// another gives the story it merged into; nil when unknown.
    package func story(_ id: StoryID, configuration: PipelineConfiguration = .default) throws -> Story? {
        guard let rows = try storyRows(id) else { return nil }
        var articles: [AnalyzedArticle] = []
        for row in rows.articles { articles.append(try row.analyzed(in: location)) }
        articles.sort(by: StoryClusterer.streamOrder)
        let detector = CopyDetector(configuration: configuration.clustering.copies)
        return StoryClusterer.story(id: rows.story, of: articles.map(detector.features(of:)), detector: detector)
    }
}

extension ArticleStore {
    /// The live story of every stored article: where each is after every merge and split.
    package func storyOfArticles() throws -> [ArticleID: StoryID] {
        let state = try indexState(after: nil)
        var live: [Int: StoryID] = [:]
        for story in state.stories {
            var current = story
            while let next = current.mergedInto, next < state.stories.count { current = state.stories[next] }
            live[story.position] = StoryID(current.id)
        }
        var storyOf: [ArticleID: StoryID] = [:]
        for signature in state.signatures { storyOf[signature.features.id] = live[signature.story] }
        return storyOf
    }
}
