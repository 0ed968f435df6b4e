import Foundation
import Parallax

/// Adds articles to an `ArticleStore` in runs, assigning each to a story with the online `StoryIndex`.
///
/// The index is rebuilt once, when the ingester opens, from the stored index snapshot and the signatures ingested
/// after it, or by replaying every stored signature in ingest order (the index is deterministic, so either gives
/// exactly the state after the last committed article); each new article
/// then updates it and commits its rows, the story it started and the stories it merged in one transaction.
/// Several processes may ingest into one store: before each article the ingester replays what the others stored
/// since it last looked, so every process assigns from the same state.
package struct StoreIngester {
    package let store: any ArticleStore
    package let configuration: StoryClusterer.Configuration
    /// Finds which stored articles a new one copies (built once: its banding is computed).
    private let copyDetector: CopyDetector
    private var index: StoryIndex
    private var storyIDs: [StoryID] = []
    /// The sequence of the last article the index holds, so a concurrent writer is noticed.
    package private(set) var lastSequence: Int64?
    /// How many articles stored by other processes the index has replayed since it opened (a reader's cache of
    /// the store is stale when this moves).
    package private(set) var othersReplayed = 0
    /// Set while a commit may have failed after the index moved on: the index is rebuilt before the next article.
    private var isStale = false
    /// The last article the stored snapshot covers, so an unchanged index is not written again.
    private var snapshotSequence: Int64?
    /// How many articles the stored snapshot holds (0 without one).
    private var snapshotArticles = 0

    /// Whether the index was resumed from the stored snapshot (otherwise every signature was replayed).
    package let resumedFromSnapshot: Bool
    /// How many stored signatures were replayed on open.
    package let replayedCount: Int

    /// Opens the online index of the store: checks the clustering configuration, then resumes the stored index
    /// snapshot and replays the signatures after it, or replays every signature when the snapshot is missing,
    /// damaged, made under another configuration or does not agree with the stored stories.
    package init(store: any ArticleStore, configuration: StoryClusterer.Configuration = .default) throws {
        self.store = store
        self.configuration = configuration
        copyDetector = CopyDetector(configuration: configuration.copies)
        try Self.checkSettings(of: store, configuration)
        if let resumed = Self.resume(store, configuration) {
            (index, storyIDs, lastSequence, replayedCount, snapshotSequence) = resumed
            resumedFromSnapshot = true
            snapshotArticles = index.documentCount - replayedCount
            return
        }
        var index = StoryIndex(configuration: configuration)
        let state = try store.indexState(after: nil)
        let (signatures, stories) = (state.signatures, state.stories)
        guard Self.replay(signatures, onto: &index, agreesWith: stories, from: 0) else {
            throw StoreError(file: store.location, reason: "the stored stories do not replay with this build's clustering; use a new store")
        }
        self.index = index
        storyIDs = stories.map { StoryID($0.id) }
        lastSequence = signatures.last?.sequence
        replayedCount = signatures.count
        resumedFromSnapshot = false
    }

    /// Refuses a store built under other clustering settings, saying which differ, or by a build from before
    /// the settings were recorded by name; records the settings in a new store.
    private static func checkSettings(of store: any ArticleStore, _ configuration: StoryClusterer.Configuration) throws {
        let current = configuration.fingerprint
        let stored = try store.setting("clustering", recordingIfAbsent: current.description)
        guard stored != current.description else { return }
        guard let recorded = SettingsFingerprint(parsing: stored) else {
            throw StoreError(file: store.location, reason: "the store was made by an older Parallax, which recorded its "
                + "clustering settings in a form this one cannot compare; ingest its articles again into a new store")
        }
        throw StoreError(file: store.location, reason: "the store was built with other clustering settings ("
            + current.differences(from: recorded).joined(separator: "; ") + "); use a new store, or the store's settings")
    }

    /// The index from the snapshot and the signatures after it, or nil when any part of that cannot be trusted.
    private static func resume(
        _ store: any ArticleStore, _ configuration: StoryClusterer.Configuration
    ) -> (StoryIndex, [StoryID], Int64?, Int, Int64)? {
        guard let snapshot = try? store.indexSnapshot(),
              var index = StoryIndexSnapshot.decode(snapshot.data, configuration: configuration),
              index.documentCount == snapshot.articles,
              (try? store.articleCount(through: snapshot.sequence)) == snapshot.articles,
              let state = try? store.indexState(after: snapshot.sequence),
              replay(state.signatures, onto: &index, agreesWith: state.stories, from: 0)
        else { return nil }
        let last = state.signatures.last?.sequence ?? snapshot.sequence
        return (index, state.stories.map { StoryID($0.id) }, last, state.signatures.count, snapshot.sequence)
    }

    /// Adds the signatures to the index as they were ingested; whether the index then agrees with the stored
    /// stories (`stories` lists those from position `firstStory` on: their count, positions and merges) and puts
    /// every replayed article in its stored story.
    private static func replay(
        _ signatures: [StoredSignature], onto index: inout StoryIndex, agreesWith stories: [StoredStory], from firstStory: Int
    ) -> Bool {
        var replayed: [Int] = []
        replayed.reserveCapacity(signatures.count)
        let first = index.documentCount
        for signature in signatures {
            let assignment = signature.forcedStory.map { index.add(signature.features, toStory: $0) }
                ?? index.add(signature.features)
            replayed.append(assignment.story)
            // A split moves earlier members too; those before this replay are the snapshot's and already agree.
            for member in assignment.split?.members ?? [] where Int(member) >= first {
                replayed[Int(member) - first] = assignment.split!.story
            }
        }
        let mismatch = firstStory + stories.count != index.stories.count
            || stories.contains { $0.position >= index.stories.count || index.resolve($0.position) != ($0.mergedInto ?? $0.position) }
            || zip(signatures, replayed).contains { index.resolve($1) != $0.story }
        return !mismatch
    }

    /// Replays the signatures other processes stored after the last one the index holds, inside the caller's
    /// write transaction.
    /// Only the stories the index does not hold yet are read: the stories it holds keep their ids, and the
    /// replayed articles' stories are checked one by one.
    private mutating func catchUp(in transaction: any StoreWriteTransaction) throws {
        let known = storyIDs.count
        let state = try transaction.indexState(after: lastSequence, storiesFrom: known)
        let (signatures, stories) = (state.signatures, state.stories)
        guard !signatures.isEmpty else { return }
        guard Self.replay(signatures, onto: &index, agreesWith: stories, from: known) else {
            throw StoreError(file: store.location, reason: "the stored stories do not replay with this build's clustering; use a new store")
        }
        storyIDs += stories.map { StoryID($0.id) }
        lastSequence = signatures.last?.sequence
        othersReplayed += signatures.count
    }

    /// Rebuilds the index from every stored signature, after a failed commit may have left it ahead of the store.
    private mutating func reload(in transaction: any StoreWriteTransaction) throws {
        index = StoryIndex(configuration: configuration)
        storyIDs = []
        lastSequence = nil
        try catchUp(in: transaction)
    }

    /// Stores a snapshot of the index as it is now (after the last article ingested), in its own transaction, so
    /// the next open replays only the articles ingested after this call. Nothing happens on an empty store or
    /// when the stored snapshot already covers every article.
    package mutating func saveIndexSnapshot() throws {
        guard !isStale, let lastSequence, lastSequence != snapshotSequence else { return }
        try store.saveIndexSnapshot(StoryIndexSnapshot.encode(index), sequence: lastSequence, articles: index.documentCount)
        snapshotSequence = lastSequence
        snapshotArticles = index.documentCount
    }

    /// Whether enough articles came after the stored snapshot that a new one is worth writing during a long
    /// ingest: a quarter of the index and at least `minimum`, so the encoding costs O(1) per article on average.
    package func snapshotIsDue(minimum: Int = 5_000) -> Bool {
        let since = index.documentCount - snapshotArticles
        return since >= max(minimum, index.documentCount / 4)
    }

    /// How many articles the index holds.
    package var articleCount: Int { index.documentCount }

    /// The stored id of the article read from this raw document, when the same bytes under the same id were
    /// stored: such a document need not be extracted again.
    package func storedID(of document: RawDocument) throws -> ArticleID? {
        try store.storedID(sourceID: document.id, rawHash: ContentHash.of(bytes: document.bytes))
    }

    /// Decides whether an extracted article is new; a new one whose id another text holds gets `id@hash`.
    /// Give the raw document it came from (or the hash of its bytes, `rawHash`) so a later run can skip it
    /// before extraction.
    package func admit(_ article: Article, from document: RawDocument? = nil, rawHash: String? = nil) throws -> Admission {
        let key = ArticleKey(
            sourceID: article.id, contentHash: ContentHash.of(article.text),
            rawHash: rawHash ?? document.map { ContentHash.of(bytes: $0.bytes) })
        if let stored = try store.storedID(of: key) { return .stored(stored) }
        var id = article.id
        if try store.contains(id) {
            id = ArticleID("\(article.id.rawValue)@\(key.contentHash.prefix(8))")
            if try store.contains(id) { id = ArticleID("\(article.id.rawValue)@\(key.contentHash)") }
        }
        return .new(id == article.id ? article : Self.renamed(article, to: id), key)
    }

    /// Adds extracted articles in their order: the one way the tools add articles. Each is admitted (stored
    /// already, or new under its id or a renamed one) and a new one analyzed when it has no analysis for its final
    /// id; the new ones are stored in one write transaction per run, so the store's write lock is taken once per
    /// run rather than once per article, and every article is still committed whole or not at all. A run ends
    /// before an article whose input id or final id is already in it, so that a repeat finds the first one stored.
    /// An article that another process stored, or whose id it took, between the admission and the lock is
    /// admitted again.
    package mutating func add(
        _ candidates: [StoreCandidate], ingestedAt: Date, analyze: (Article) -> AnalyzedArticle
    ) throws -> [StoreAddition] {
        var results = [StoreAddition?](repeating: nil, count: candidates.count)
        var queue = Array(candidates.indices)
        var races: [Int: Int] = [:]
        while !queue.isEmpty {
            var run: [NewArticle] = []
            var ids = Set<ArticleID>()
            var taken = 0
            for index in queue {
                let candidate = candidates[index]
                if ids.contains(candidate.article.id) { break }
                let admission = try admit(candidate.article, from: candidate.document, rawHash: candidate.rawHash)
                if case .new(let admitted, let key) = admission {
                    if ids.contains(admitted.id) { break }
                    let analyzed = candidate.analyzed.flatMap { $0.id == admitted.id ? $0 : nil } ?? analyze(admitted)
                    run.append(NewArticle(index: index, article: analyzed, key: key, ingestedAt: candidate.ingestedAt ?? ingestedAt))
                    ids.formUnion([candidate.article.id, admitted.id])
                } else if case .stored(let id) = admission {
                    results[index] = .alreadyStored(id)
                }
                taken += 1
            }
            let (stored, raced) = try ingest(run)
            for (index, outcome) in stored { results[index] = .stored(outcome) }
            for index in raced {
                races[index, default: 0] += 1
                // Admission gives a free id unless another process takes it first; a third loss is not a race.
                guard races[index]! < 3 else {
                    throw StoreError(file: store.location, reason: "\(candidates[index].article.id): no free id to store it under")
                }
            }
            queue = raced + queue.dropFirst(taken)
        }
        return results.map { $0! }
    }

    /// Adds one extracted article (see `add(_:ingestedAt:analyze:)`).
    package mutating func add(
        _ article: Article, analyzed: AnalyzedArticle? = nil, from document: RawDocument? = nil, rawHash: String? = nil,
        ingestedAt: Date, analyze: (Article) -> AnalyzedArticle
    ) throws -> StoreAddition {
        try add([StoreCandidate(article, analyzed: analyzed, document: document, rawHash: rawHash)], ingestedAt: ingestedAt, analyze: analyze)[0]
    }

    /// Assigns the analyzed article to a story and stores it with everything it changed, atomically. Throws
    /// `Race` when, since the article was admitted, another process stored it or gave its id to another text.
    @discardableResult
    package mutating func ingest(_ article: AnalyzedArticle, key: ArticleKey, ingestedAt: Date) throws -> IngestOutcome {
        let (stored, _) = try ingest([NewArticle(index: 0, article: article, key: key, ingestedAt: ingestedAt)])
        guard let outcome = stored.first?.outcome else { throw Race() }
        return outcome
    }

    /// An admitted article, analyzed under its final id, with its place among the candidates.
    private struct NewArticle {
        let index: Int
        let article: AnalyzedArticle
        let key: ArticleKey
        let ingestedAt: Date
    }

    /// Stores a run of admitted articles in one write transaction, in order. The write lock is held from replaying
    /// what other processes stored to the commit, so several processes can ingest into one store and each assigns
    /// from the store's latest state. Returns the outcomes of the stored ones and the candidates' indices of those
    /// that raced (stored meanwhile by another process, or their id taken), which were not stored.
    private mutating func ingest(_ run: [NewArticle]) throws -> (stored: [(index: Int, outcome: IngestOutcome)], raced: [Int]) {
        guard let first = run.first else { return ([], []) }
        let needsReload = isStale
        // Until the commit is known to have happened the index may be ahead of the store.
        isStale = true
        // What copy detection reads of each (shingles and MinHash) needs no store: it is made on all cores before
        // the write lock is taken.
        let copyFeatures = ParallelMap.map(run.map(\.article)) { [copyDetector] in copyDetector.features(of: $0) }
        let what = run.count == 1 ? "cannot store \(first.article.id)" : "cannot store \(first.article.id) and \(run.count - 1) more"
        let result = try store.writing(what) { transaction -> ([(index: Int, outcome: IngestOutcome)], [Int]) in
            var othersWrote = true
            if needsReload {
                try reload(in: transaction)
            } else if try transaction.lastSequence() != lastSequence {
                try catchUp(in: transaction)
            } else {
                othersWrote = false
            }
            // Admission looked before the lock: what was stored since may be one of these articles or hold its id.
            let raced = othersWrote ? try transaction.conflicts(run.map { ($0.article.id, $0.key) }) : []
            var stored: [(index: Int, outcome: IngestOutcome)] = []
            for (position, item) in run.enumerated() where !raced.contains(position) {
                stored.append((item.index, try assign(
                    item.article, copyFeatures: copyFeatures[position], key: item.key, ingestedAt: item.ingestedAt, in: transaction)))
            }
            return (stored, raced.sorted().map { run[$0].index })
        }
        isStale = false
        return result
    }

    /// Another process stored the article, or another text under its id, after it was admitted: admit it again.
    package struct Race: Error, CustomStringConvertible {
        package var description: String { "another process stored this article or took its id since it was admitted" }
    }

    private mutating func assign(
        _ article: AnalyzedArticle, copyFeatures: CopyFeatures, key: ArticleKey, ingestedAt: Date, in transaction: any StoreWriteTransaction
    ) throws -> IngestOutcome {
        let features = ArticleFeatures(article, configuration: configuration)
        // An exact or near copy of stored articles belongs with the first of them (by id), whatever the similarity
        // says, as in the batch clusterer.
        let copySketch = copyDetector.sketch(of: copyFeatures)
        let copyKeys = StoreCopyKeys.keys(of: copySketch)
        let forced = try transaction.copyCandidates(sharing: copyKeys).first { candidate in
            guard let text = try transaction.text(of: candidate.id) else { return false }
            return copyDetector.joinsStory(copyFeatures, sketch: copySketch, storedText: text, sharedKeys: candidate.sharedKeys)
        }.map { index.resolve($0.story) }
        let before = index.stories.count
        let ordinal = index.documentCount
        let result = forced.map { index.add(features, toStory: $0) } ?? index.add(features)
        let kept = result.story
        var created: StoreAssignment.NewStory?
        if result.isNew {
            created = .init(position: before, id: Self.storyID(startedBy: article.id), headline: Self.headline(of: HeadlineSource(article)))
        }
        // The stories that merged into the kept one, but not the one this article started (it is stored as created).
        let merged = Set(result.merged).subtracting(created.map { [$0.position] } ?? [])
        let split = try result.split.map { split in
            StoreAssignment.SplitStory(
                story: try splitStory(split, startedBy: Int(split.members[0]), current: article, ordinal: ordinal, in: transaction),
                members: split.members.map(Int.init))
        }
        let assignment = StoreAssignment(
            story: kept, similarity: result.similarity, ordinal: ordinal, created: created, forcedStory: forced,
            merged: merged.sorted(), split: split, joined: result.split?.from ?? kept)
        lastSequence = try transaction.insert(
            try StoredArticleRow(article, key: key, ingestedAt: ingestedAt), signature: StoredSignature.bytes(of: features),
            copyKeys: copyKeys, assignment: assignment)
        if let created { storyIDs.append(created.id) }
        if let split { storyIDs.append(split.story.id) }
        return IngestOutcome(
            article: article.id, story: storyIDs[kept], startedStory: created?.position == kept, mergedStories: merged.count)
    }

    /// The story a split started: named and headed after its first member, as if that article had started it.
    private func splitStory(
        _ split: StorySplit, startedBy first: Int, current article: AnalyzedArticle, ordinal: Int,
        in transaction: any StoreWriteTransaction
    ) throws -> StoreAssignment.NewStory {
        if first == ordinal {
            return .init(
                position: split.story, id: try freeStoryID(startedBy: article.id, in: transaction), headline: Self.headline(of: HeadlineSource(article)))
        }
        guard let stored = try transaction.article(atOrdinal: first) else {
            throw StoreError(file: store.location, reason: "no stored article has ordinal \(first), which a story split moved")
        }
        return .init(
            position: split.story, id: try freeStoryID(startedBy: stored.id, in: transaction),
            headline: Self.headline(of: HeadlineSource(article: stored.id, title: stored.title, published: nil, opening: stored.text)))
    }

    /// The id of a story that `article` starts, or, when that article already started one (which later merged,
    /// or which an earlier split named after it), the first free id of those numbered after it.
    private func freeStoryID(startedBy article: ArticleID, in transaction: any StoreWriteTransaction) throws -> StoryID {
        try Self.freeStoryID(startedBy: article) { try transaction.hasStory(id: $0) }
    }

    /// The first id of a story started by `article` that `isTaken` does not hold: its own, then numbered ones.
    static func freeStoryID(startedBy article: ArticleID, isTaken: (StoryID) throws -> Bool) rethrows -> StoryID {
        var id = Self.storyID(startedBy: article)
        var attempt = 0
        while try isTaken(id) {
            attempt += 1
            id = Self.storyID(startedBy: ArticleID("\u{0}split \(attempt)\u{0}" + article.rawValue))
        }
        return id
    }

    /// "s-" and 16 hex digits of a fixed hash of the article that started the story: stable as the story grows.
    static func storyID(startedBy article: ArticleID) -> StoryID { StoryID.startedBy(article) }

    /// The headline a story gets in its row when it starts: its first article's, by the brief's rule. Story lists
    /// head each story by the rule over all its members (`StoryHeadlines`).
    static func headline(of first: HeadlineSource) -> String {
        HeadlineChooser().representative(of: [first]).text
    }

    private static func renamed(_ article: Article, to id: ArticleID) -> Article {
        Article(
            id: id, origin: article.origin, text: article.text, metadata: article.metadata,
            wires: article.wires.map { WireCredit(agency: $0.agency, span: TextSpan(article: id, start: $0.span.start, end: $0.span.end)) },
            diagnostics: article.diagnostics)
    }
}
