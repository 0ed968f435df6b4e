import Foundation
import GRDB
import Parallax
import Sketch

/// Adds articles to an `ArticleStore` one at a time, assigning each to a story with the online `StoryIndex`.
///
/// The index is rebuilt once, when the ingester opens, by replaying the stored signatures in ingest order (the
/// index is deterministic, so this gives exactly the state after the last committed article); each new article
/// then updates it and commits its rows, the story it started and the stories it merged in one transaction.
/// Several processes may ingest into one store: before each article the ingester replays what the others stored
/// since it last looked, so every process assigns from the same state.
public struct StoreIngester {
    public let store: ArticleStore
    public let configuration: StoryClusterer.Configuration
    private var index: StoryIndex
    private var storyIDs: [StoryID] = []
    /// The sequence of the last article the index holds, so a concurrent writer is noticed.
    private var lastSequence: Int64?
    /// Set while a commit may have failed after the index moved on: the index is rebuilt before the next article.
    private var isStale = false

    /// Opens the online index of the store: checks the clustering configuration and replays the signatures.
    public init(store: ArticleStore, configuration: StoryClusterer.Configuration = .default) throws {
        self.store = store
        self.configuration = configuration
        try store.require(setting: "clustering", equals: String(describing: configuration))
        index = StoryIndex(configuration: configuration)
        try catchUp()
    }

    /// Replays the signatures stored after the last one the index holds and checks that they land in the
    /// stories the store recorded for them.
    private mutating func catchUp(in db: Database? = nil) throws {
        let (signatures, stories) = try db.map { try store.indexState(after: lastSequence, in: $0) }
            ?? store.indexState(after: lastSequence)
        guard !signatures.isEmpty else { return }
        var replayed: [Int] = []
        replayed.reserveCapacity(signatures.count)
        for signature in signatures {
            let assignment = signature.forcedStory.map { index.add(signature.features, toStory: $0) }
                ?? index.add(signature.features)
            replayed.append(assignment.story)
        }
        let mismatch = stories.count != index.stories.count
            || stories.contains { $0.position >= index.stories.count || index.resolve($0.position) != ($0.mergedInto ?? $0.position) }
            || zip(signatures, replayed).contains { index.resolve($1) != $0.story }
        if mismatch {
            throw StoreError(file: store.file, reason: "the stored stories do not replay with this build's clustering; use a new store")
        }
        storyIDs = stories.map { StoryID($0.id) }
        lastSequence = signatures.last?.sequence
    }

    /// Rebuilds the index from the store, after a failed commit left it ahead of the store.
    private mutating func reload(in db: Database) throws {
        index = StoryIndex(configuration: configuration)
        storyIDs = []
        lastSequence = nil
        try catchUp(in: db)
    }

    /// How many articles the index holds.
    public var articleCount: Int { index.documentCount }

    /// The stored id of the article read from this raw document, when the same bytes under the same id were
    /// stored: such a document need not be extracted again.
    public func storedID(of document: RawDocument) throws -> ArticleID? {
        try store.storedID(sourceID: document.id, rawHash: ContentHash.of(bytes: document.bytes))
    }

    /// Decides whether an extracted article is new; a new one whose id another text holds gets `id@hash`.
    /// Give the raw document it came from so a later run can skip it before extraction.
    public func admit(_ article: Article, from document: RawDocument? = nil) throws -> Admission {
        let key = ArticleKey(
            sourceID: article.id, contentHash: ContentHash.of(article.text),
            rawHash: document.map { ContentHash.of(bytes: $0.bytes) })
        if let stored = try store.storedID(of: key) { return .stored(stored) }
        var id = article.id
        if try store.contains(id) {
            id = ArticleID("\(article.id.rawValue)@\(key.contentHash.prefix(8))")
            if try store.contains(id) { id = ArticleID("\(article.id.rawValue)@\(key.contentHash)") }
        }
        return .new(id == article.id ? article : Self.renamed(article, to: id), key)
    }

    /// Assigns the analyzed article to a story and stores it with everything it changed, atomically.
    /// The write lock is held from replaying what other processes stored to the commit, so several processes
    /// can ingest into one store and each assigns from the store's latest state.
    @discardableResult
    public mutating func ingest(_ article: AnalyzedArticle, key: ArticleKey, ingestedAt: Date) throws -> IngestOutcome {
        let needsReload = isStale
        // Until the commit is known to have happened the index may be ahead of the store.
        isStale = true
        let outcome = try store.writing("cannot store \(article.id)") { db in
            if needsReload {
                try reload(in: db)
            } else if try store.lastSequence(in: db) != lastSequence {
                try catchUp(in: db)
            }
            return try assign(article, key: key, ingestedAt: ingestedAt, in: db)
        }
        isStale = false
        return outcome
    }

    private mutating func assign(_ article: AnalyzedArticle, key: ArticleKey, ingestedAt: Date, in db: Database) throws -> IngestOutcome {
        let features = ArticleFeatures(article, configuration: configuration)
        // An exact copy of a stored text belongs with it, whatever the similarity says.
        let forced = try store.storyOfText(withHash: key.contentHash, in: db).map { index.resolve($0) }
        let before = index.stories.count
        let result = forced.map { index.add(features, toStory: $0) } ?? index.add(features)
        let kept = result.story
        var created: StoreAssignment.NewStory?
        if index.stories.count > before {
            created = .init(position: before, id: Self.storyID(startedBy: article.id), headline: Self.headline(of: article.article))
        }
        // The stories that merged into the kept one, but not the one this article started (it is stored as created).
        let merged = Set(result.merged).subtracting(created.map { [$0.position] } ?? [])
        let assignment = StoreAssignment(
            story: kept, similarity: result.similarity, created: created, forcedStory: forced, merged: merged.sorted())
        lastSequence = try store.insert(
            article, key: key, signature: features, assignment: assignment, ingestedAt: ingestedAt, after: lastSequence, in: db)
        if let created { storyIDs.append(created.id) }
        return IngestOutcome(
            article: article.id, story: storyIDs[kept], startedStory: created?.position == kept, mergedStories: merged.count)
    }

    /// "s-" and 16 hex digits of a fixed hash of the article that started the story: stable as the story grows.
    static func storyID(startedBy article: ArticleID) -> StoryID {
        let hex = String(WyHash.hash(article.rawValue), radix: 16)
        return StoryID("s-" + String(repeating: "0", count: 16 - hex.count) + hex)
    }

    /// The title of the article that started the story, or the start of its first line.
    static func headline(of article: Article) -> String {
        if let title = article.metadata.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty { return title }
        let line = article.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 100 ? String(trimmed.prefix(100)) + "…" : (trimmed.isEmpty ? article.id.rawValue : trimmed)
    }

    private static func renamed(_ article: Article, to id: ArticleID) -> Article {
        Article(
            id: id, origin: article.origin, text: article.text, metadata: article.metadata,
            wires: article.wires.map { WireCredit(agency: $0.agency, span: TextSpan(article: id, start: $0.span.start, end: $0.span.end)) },
            diagnostics: article.diagnostics)
    }
}
