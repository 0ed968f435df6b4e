import Foundation
import GRDB
import Parallax

/// The persistent, incremental article store: articles, their analysis, clustering signatures and story assignments
/// in SQLite (WAL, foreign keys, NOT NULL), one transaction per article.
///
/// ParallaxStore's main types: `ArticleStore` wraps the database writer, runs the migrations (`StoreMigrations`)
/// and offers intent-named reads and writes; `StoreIngester` keeps the online `StoryIndex` in step with it, so a
/// new article joins a stored story or starts one without reclustering. Errors are `StoreError`s.
public final class ArticleStore: Sendable {
    /// The database file, for messages.
    public let file: String
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public convenience init(path: String) throws {
        let writer: DatabasePool
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            // In WAL mode NORMAL keeps every committed transaction across a process crash; only a power cut
            // can lose the last ones, never corrupt the file.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            writer = try Self.openPool(path: path, configuration: configuration)
        } catch {
            throw StoreError(file: path, reason: "cannot open the store: \(Self.reason(error))")
        }
        try self.init(writer: writer, file: path)
    }

    /// Opens the pool, waiting out another process that is switching a new file to WAL at the same moment:
    /// SQLite answers that switch with "database is locked" at once instead of calling the busy handler.
    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    /// Wraps an open database (an in-memory `DatabaseQueue` in tests) and runs the migrations.
    public init(writer: any DatabaseWriter, file: String) throws {
        self.writer = writer
        self.file = file
        try guarded("cannot migrate the store") {
            do {
                try StoreMigrations.migrator.migrate(writer)
            } catch {
                // Each migration is its own transaction, so a process opening a new store at the same moment may
                // have applied one this one then failed to repeat: the second pass sees it applied.
                try StoreMigrations.migrator.migrate(writer)
            }
        }
    }

    /// Read access for checks and tests.
    public var reader: any DatabaseReader { writer }

    // MARK: - Writing

    /// Stores one article with its analysis, clustering signature and story assignment inside the caller's write
    /// transaction (`writing`): after a crash either all of its rows are there or none. `previous` is the sequence
    /// of the last article the caller's index knows (nil for an empty store): the insert fails when another process
    /// stored one since, because the caller's story positions would no longer be the store's. Returns the article's
    /// sequence.
    func insert(
        _ article: AnalyzedArticle, key: ArticleKey, signature: ArticleFeatures, assignment: StoreAssignment,
        ingestedAt: Date, after previous: Int64?, in db: Database
    ) throws -> Int64 {
        let metadata = article.article.metadata
        let seen = metadata.published ?? Self.day(of: ingestedAt)
        var record = ArticleRecord(
            sequence: nil, id: article.id.rawValue, sourceID: key.sourceID.rawValue, contentHash: key.contentHash,
            origin: article.article.origin, text: article.article.text, title: metadata.title,
            publisher: metadata.publisher, published: metadata.published?.description, seen: seen.description,
            metadata: try JSONColumn.encode(metadata), wires: try JSONColumn.encode(article.article.wires),
            diagnostics: try JSONColumn.encode(article.article.diagnostics), ingestedAt: ingestedAt,
            rawHash: key.rawHash)
        let analysis = AnalysisRecord(
            articleID: article.id.rawValue, entities: try JSONColumn.encode(article.entities),
            quotes: try JSONColumn.encode(article.quotes), numbers: try JSONColumn.encode(article.numbers),
            dates: try JSONColumn.encode(article.dates))
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM article")
        guard last == previous else {
            throw StoreError(file: file, reason: "another process stored articles since this writer's last look")
        }
        try record.insert(db)
        try analysis.insert(db)
        try SignatureRecord(articleID: article.id.rawValue, terms: SignatureCoding.encode(signature.terms, entities: signature.entities)).insert(db)
        if let created = assignment.created {
            try StoryRecord(
                position: created.position, id: created.id.rawValue, headline: created.headline,
                mergedInto: created.position == assignment.joined ? nil : assignment.joined
            ).insert(db)
        }
        if !assignment.merged.isEmpty {
            let gone = assignment.merged.map(String.init).joined(separator: ",")
            try db.execute(
                sql: "UPDATE story SET mergedInto = ? WHERE position IN (\(gone))", arguments: [assignment.joined])
            try db.execute(sql: "UPDATE assignment SET story = ? WHERE story IN (\(gone))", arguments: [assignment.joined])
        }
        if let split = assignment.split {
            try StoryRecord(position: split.story.position, id: split.story.id.rawValue, headline: split.story.headline, mergedInto: nil)
                .insert(db)
            let moved = split.members.map(String.init).joined(separator: ",")
            try db.execute(
                sql: "UPDATE assignment SET story = ? WHERE ordinal IN (\(moved))", arguments: [split.story.position])
        }
        try AssignmentRecord(
            articleID: article.id.rawValue, story: assignment.story, similarity: assignment.similarity,
            isNew: assignment.created != nil, forcedStory: assignment.forcedStory, ordinal: assignment.ordinal
        ).insert(db)
        return record.sequence!
    }

    /// Records a setting the store was built with; throws when it was built with a different value.
    public func require(setting key: String, equals value: String) throws {
        let stored = try guarded("cannot read the settings") {
            try writer.write { db -> String? in
                if let stored = try SettingRecord.fetchOne(db, key: key) { return stored.value }
                try SettingRecord(key: key, value: value).insert(db)
                return nil
            }
        }
        if let stored, stored != value {
            throw StoreError(file: file, reason: "the store was built with another \(key) (\(stored)); use a new store")
        }
    }

    // MARK: - Reading

    /// The stored id of the article with this key, if it is stored.
    public func storedID(of key: ArticleKey) throws -> ArticleID? {
        try guarded("cannot look up \(key.sourceID)") {
            try writer.read { db in
                try String.fetchOne(
                    db, sql: "SELECT id FROM article WHERE sourceID = ? AND contentHash = ?",
                    arguments: [key.sourceID.rawValue, key.contentHash]
                ).map(ArticleID.init)
            }
        }
    }

    /// The stored id of the article read from exactly these input bytes under this input id, if it is stored.
    public func storedID(sourceID: ArticleID, rawHash: String) throws -> ArticleID? {
        try guarded("cannot look up \(sourceID)") {
            try writer.read { db in
                try String.fetchOne(
                    db, sql: "SELECT id FROM article WHERE sourceID = ? AND rawHash = ? LIMIT 1",
                    arguments: [sourceID.rawValue, rawHash]
                ).map(ArticleID.init)
            }
        }
    }

    /// Whether some stored article has this id.
    public func contains(_ id: ArticleID) throws -> Bool {
        try guarded("cannot look up \(id)") {
            try writer.read { db in try ArticleRecord.filter(Column("id") == id.rawValue).fetchCount(db) > 0 }
        }
    }

    /// The story of the first stored article with the same text, where an exact copy belongs.
    func storyOfText(withHash contentHash: String, in db: Database) throws -> Int? {
        try Int.fetchOne(
            db,
            sql: """
                SELECT assignment.story FROM article JOIN assignment ON assignment.articleID = article.id
                WHERE article.contentHash = ? ORDER BY article.sequence LIMIT 1
                """,
            arguments: [contentHash])
    }

    /// The id, title and text of the article with this ordinal in the online index, if it is stored.
    func article(atOrdinal ordinal: Int, in db: Database) throws -> (id: ArticleID, title: String?, text: String)? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT article.id, article.title, article.text FROM assignment JOIN article ON article.id = assignment.articleID
                WHERE assignment.ordinal = ?
                """,
            arguments: [ordinal]
        ).map { (ArticleID($0[0] as String), $0[1] as String?, $0[2] as String) }
    }

    /// Whether a story, live or merged, has this id.
    func hasStory(id: StoryID, in db: Database) throws -> Bool {
        try StoryRecord.filter(Column("id") == id.rawValue).fetchCount(db) > 0
    }

    /// How many articles are stored.
    public func articleCount() throws -> Int {
        try guarded("cannot count articles") { try writer.read { db in try ArticleRecord.fetchCount(db) } }
    }

    /// Every article's clustering signature, in ingest order, for replaying the online index.
    public func signatures() throws -> [StoredSignature] {
        try indexState().signatures
    }

    /// The sequence of the last stored article (nil for an empty store): when it moved, another process wrote.
    public func lastSequence() throws -> Int64? {
        try guarded("cannot read the last article") { try writer.read { db in try lastSequence(in: db) } }
    }

    func lastSequence(in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM article")
    }

    /// Runs `body` in one write transaction: no other process stores an article until it returns.
    func writing<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        try guarded(what) { try writer.write(body) }
    }

    /// Stores a snapshot of the online index that holds the `articles` articles up to `sequence`, replacing the
    /// previous one, in its own transaction. Refused when the store does not hold exactly that many articles up
    /// to `sequence` (the snapshot would not describe it).
    public func saveIndexSnapshot(_ data: [UInt8], sequence: Int64, articles: Int) throws {
        try guarded("cannot store the index snapshot") {
            try writer.write { db in
                let held = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE sequence <= ?", arguments: [sequence])
                guard held == articles else {
                    throw StoreError(file: file, reason: "the index snapshot does not match the stored articles")
                }
                try IndexSnapshotRecord(name: IndexSnapshotRecord.latest, sequence: sequence, articles: articles, data: Data(data))
                    .save(db)
            }
        }
    }

    /// The stored index snapshot, if any: the sequence and article count it covers and its bytes.
    func indexSnapshot() throws -> (sequence: Int64, articles: Int, data: [UInt8])? {
        try guarded("cannot read the index snapshot") {
            try writer.read { db in
                try IndexSnapshotRecord.fetchOne(db, key: IndexSnapshotRecord.latest).map { ($0.sequence, $0.articles, [UInt8]($0.data)) }
            }
        }
    }

    /// The signatures (after `sequence`, all without it) and the story rows read in one transaction, so another
    /// writer cannot slip in between, with how many articles come up to `sequence`.
    func indexState(after sequence: Int64? = nil) throws -> (signatures: [StoredSignature], stories: [StoryRecord], before: Int) {
        try guarded("cannot read the signatures") { try writer.read { db in try indexState(after: sequence, in: db) } }
    }

    func indexState(after sequence: Int64?, in db: Database) throws -> (signatures: [StoredSignature], stories: [StoryRecord], before: Int) {
        let start = sequence ?? Int64.min
        let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE sequence <= ?", arguments: [start]) ?? 0
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT article.id, article.published, signature.terms, assignment.story, assignment.forcedStory,
                       article.sequence
                FROM article JOIN signature ON signature.articleID = article.id
                JOIN assignment ON assignment.articleID = article.id WHERE article.sequence > ?
                ORDER BY article.sequence
                """,
            arguments: [start])
        var signatures: [StoredSignature] = []
        while let row = try rows.next() {
            let id: String = row[0]
            let published: String? = row[1]
            guard let (terms, entities) = SignatureCoding.decode(row[2]) else {
                throw StoreError(file: file, reason: "the signature of \(id) is damaged")
            }
            signatures.append(StoredSignature(
                features: ArticleFeatures(id: ArticleID(id), published: published.flatMap { CalendarDate(iso: $0) },
                    terms: terms, entities: entities),
                forcedStory: row[4], story: row[3], sequence: row[5]))
        }
        return (signatures, try StoryRecord.order(Column("position")).fetchAll(db), before)
    }

    /// The live stories last seen on or after `since` (all of them without it), latest first, then by id.
    public func stories(since: CalendarDate? = nil) throws -> [StorySummary] {
        try guarded("cannot list the stories") {
            try writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT story.id, story.headline, COUNT(*) AS articles,
                               COUNT(DISTINCT COALESCE(article.publisher, article.id)) AS sources,
                               MIN(article.seen) AS firstSeen, MAX(article.seen) AS lastSeen
                        FROM story JOIN assignment ON assignment.story = story.position
                        JOIN article ON article.id = assignment.articleID
                        WHERE story.mergedInto IS NULL
                        GROUP BY story.position HAVING MAX(article.seen) >= ?
                        ORDER BY lastSeen DESC, story.id
                        """,
                    arguments: [since?.description ?? ""])
                return rows.compactMap { row -> StorySummary? in
                    guard let first = CalendarDate(iso: row["firstSeen"] as String),
                          let last = CalendarDate(iso: row["lastSeen"] as String) else { return nil }
                    return StorySummary(
                        id: StoryID(row["id"]), headline: row["headline"], articles: row["articles"],
                        sources: row["sources"], firstSeen: first, lastSeen: last)
                }
            }
        }
    }

    /// A stored story, ready for `StoryAligner().align` and `BriefBuilder().brief`: its articles (by publication
    /// date, then id) rebuilt from their rows, tokens and sentences recomputed by the Text stage, copies detected
    /// among them. The id of a story that merged into another gives the story it merged into; nil when unknown.
    public func story(
        _ id: StoryID, segmenter: TextSegmenter = TextSegmenter(), copyDetector: CopyDetector = CopyDetector()
    ) throws -> Story? {
        let loaded = try guarded("cannot read story \(id)") {
            try writer.read { db -> (StoryRecord, [ArticleRecord], [String: AnalysisRecord])? in
                guard var story = try StoryRecord.filter(Column("id") == id.rawValue).fetchOne(db) else { return nil }
                while let next = story.mergedInto, let merged = try StoryRecord.fetchOne(db, key: next) { story = merged }
                let articles = try ArticleRecord.fetchAll(
                    db,
                    sql: """
                        SELECT article.* FROM article JOIN assignment ON assignment.articleID = article.id
                        WHERE assignment.story = ?
                        """,
                    arguments: [story.position])
                let analyses = try AnalysisRecord.fetchAll(db, keys: articles.map(\.id))
                return (story, articles, Dictionary(uniqueKeysWithValues: analyses.map { ($0.articleID, $0) }))
            }
        }
        guard let (story, records, analyses) = loaded else { return nil }
        var articles: [AnalyzedArticle] = []
        for record in records {
            guard let analysis = analyses[record.id] else {
                throw StoreError(file: file, reason: "article \(record.id) has no analysis row")
            }
            articles.append(try rebuild(record, analysis, segmenter: segmenter))
        }
        articles.sort(by: Self.storyOrder)
        return Story(
            id: StoryID(story.id), articles: articles, copies: copyDetector.relations(among: articles))
    }

    // MARK: - Helpers

    private func rebuild(_ record: ArticleRecord, _ analysis: AnalysisRecord, segmenter: TextSegmenter) throws -> AnalyzedArticle {
        try guarded("article \(record.id) has a damaged row") {
            let id = ArticleID(record.id)
            let article = Article(
                id: id, origin: record.origin, text: record.text,
                metadata: try JSONColumn.decode(ArticleMetadata.self, from: record.metadata),
                wires: try JSONColumn.decode([WireCredit].self, from: record.wires),
                diagnostics: try JSONColumn.decode([Diagnostic].self, from: record.diagnostics))
            let segmentation = segmenter.segment(record.text, article: id)
            return AnalyzedArticle(
                article: article, tokens: segmentation.tokens, sentences: segmentation.sentences,
                entities: try JSONColumn.decode([EntityMention].self, from: analysis.entities),
                quotes: try JSONColumn.decode([Quote].self, from: analysis.quotes),
                numbers: try JSONColumn.decode([NumberMention].self, from: analysis.numbers),
                dates: try JSONColumn.decode([DateMention].self, from: analysis.dates))
        }
    }

    /// Publication date (undated articles last), then id: the order `Story.articles` promises.
    static func storyOrder(_ a: AnalyzedArticle, _ b: AnalyzedArticle) -> Bool {
        switch (a.article.metadata.published, b.article.metadata.published) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id < b.id
        }
    }

    /// The UTC calendar day of a moment.
    static func day(of date: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Runs database work, turning any failure into a `StoreError` naming the file.
    private func guarded<T>(_ what: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(file: file, reason: "\(what): \(Self.reason(error))")
        }
    }

    private static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error)" }
        return "\(error)"
    }
}
