import Foundation
import GRDB
import Parallax

/// The embedded article store: SQLite through GRDB (WAL, foreign keys, NOT NULL), one transaction per article.
/// Several processes on one machine may share the file; SQLite's write lock is the store's write lock.
package final class SQLiteArticleStore: ArticleStore {
    /// The database file.
    package let location: String
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    package convenience init(path: String) throws {
        let writer: DatabasePool
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            // In WAL mode NORMAL keeps every committed transaction across a process crash; only a power cut
            // can lose the last ones, never corrupt the file. A 64 MB page cache holds the copy keys' B-tree,
            // which every article reads and writes at random places.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536") }
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
    package init(writer: any DatabaseWriter, file: String) throws {
        self.writer = writer
        self.location = file
        try guarded("cannot migrate the store") {
            // Each migration is its own transaction, so a process opening a new store at the same moment may have
            // applied one that this one then failed to repeat: the next pass sees it applied. A race costs one pass
            // per migration at most; a migration that holds the lock past the busy timeout (filling a large store)
            // also costs one, and after as many passes as migrations the open fails and says why.
            let migrator = StoreMigrations.migrator
            if try writer.read(migrator.hasBeenSuperseded) {
                throw StoreError(file: file, reason: "the store was made by a newer parallax, whose schema this one does not know; use a newer parallax")
            }
            for attempt in 0... {
                do {
                    try migrator.migrate(writer)
                    break
                } catch where attempt < StoreMigrations.count {
                    continue
                }
            }
        }
    }
    /// Read access for checks and tests.
    package var reader: any DatabaseReader { writer }

    // MARK: - Writing

    package func writing<T>(_ what: String, _ body: (any StoreWriteTransaction) throws -> T) throws -> T {
        try guarded(what) { try writer.write { db in try body(SQLiteWriteTransaction(db: db, file: location)) } }
    }

    package func setting(_ key: String, recordingIfAbsent value: String) throws -> String {
        try guarded("cannot read the settings") {
            try writer.write { db -> String in
                if let stored = try SettingRecord.fetchOne(db, key: key) { return stored.value }
                try SettingRecord(key: key, value: value).insert(db)
                return value
            }
        }
    }

    package func saveIndexSnapshot(_ data: [UInt8], sequence: Int64, articles: Int) throws {
        try guarded("cannot store the index snapshot") {
            try writer.write { db in
                guard try Self.articleCount(through: sequence, in: db) == articles else {
                    throw StoreError(file: location, reason: "the index snapshot does not match the stored articles")
                }
                try IndexSnapshotRecord(name: IndexSnapshotRecord.latest, sequence: sequence, articles: articles, data: Data(data))
                    .save(db)
            }
        }
    }

    // MARK: - Reading

    package func storedID(of key: ArticleKey) throws -> ArticleID? {
        try guarded("cannot look up \(key.sourceID)") { try writer.read { db in try Self.storedID(of: key, in: db) } }
    }

    static func storedID(of key: ArticleKey, in db: Database) throws -> ArticleID? {
        try String.fetchOne(
            db, sql: "SELECT id FROM article WHERE sourceID = ? AND contentHash = ?",
            arguments: [key.sourceID.rawValue, key.contentHash]
        ).map(ArticleID.init)
    }

    package func storedID(sourceID: ArticleID, rawHash: String) throws -> ArticleID? {
        try guarded("cannot look up \(sourceID)") {
            try writer.read { db in
                try String.fetchOne(
                    db, sql: "SELECT id FROM article WHERE sourceID = ? AND rawHash = ? LIMIT 1",
                    arguments: [sourceID.rawValue, rawHash]
                ).map(ArticleID.init)
            }
        }
    }

    package func contains(_ id: ArticleID) throws -> Bool {
        try guarded("cannot look up \(id)") { try writer.read { db in try Self.contains(id, in: db) } }
    }

    static func contains(_ id: ArticleID, in db: Database) throws -> Bool {
        try ArticleRecord.filter(Column("id") == id.rawValue).fetchCount(db) > 0
    }

    /// Stores an article's copy keys (`StoreCopyKeys`), each once, under the article's sequence.
    static func insertCopyKeys(_ keys: [Int64], of sequence: Int64, in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO copyKey (key, article) VALUES (?, ?)")
        for key in Set(keys).sorted() { try insert.execute(arguments: [key, sequence]) }
    }

    package func articleCount() throws -> Int {
        try guarded("cannot count articles") { try writer.read { db in try ArticleRecord.fetchCount(db) } }
    }

    package func articleCount(through sequence: Int64) throws -> Int {
        try guarded("cannot count articles") { try writer.read { db in try Self.articleCount(through: sequence, in: db) } }
    }

    static func articleCount(through sequence: Int64, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE sequence <= ?", arguments: [sequence]) ?? 0
    }

    package func lastSequence() throws -> Int64? {
        try guarded("cannot read the last article") { try writer.read { db in try Self.lastSequence(in: db) } }
    }

    static func lastSequence(in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM article")
    }

    package func indexSnapshot() throws -> StoredIndexSnapshot? {
        try guarded("cannot read the index snapshot") {
            try writer.read { db in
                try IndexSnapshotRecord.fetchOne(db, key: IndexSnapshotRecord.latest).map {
                    StoredIndexSnapshot(sequence: $0.sequence, articles: $0.articles, data: [UInt8]($0.data))
                }
            }
        }
    }

    package func indexState(after sequence: Int64?) throws -> StoredIndexState {
        try guarded("cannot read the signatures") {
            try writer.read { db in try Self.indexState(after: sequence, storiesFrom: 0, in: db, file: location) }
        }
    }

    static func indexState(after sequence: Int64?, storiesFrom first: Int, in db: Database, file: String) throws -> StoredIndexState {
        let start = sequence ?? Int64.min
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
            let terms: Data = row[2]
            guard let signature = StoredSignature(
                id: id, published: row[1], terms: [UInt8](terms), story: row[3], forcedStory: row[4], sequence: row[5])
            else {
                throw StoreError(file: file, reason: "the signature of \(id) is damaged")
            }
            signatures.append(signature)
        }
        let stories = try StoryRecord.filter(Column("position") >= first).order(Column("position")).fetchAll(db).map {
            StoredStory(position: $0.position, id: $0.id, headline: $0.headline, mergedInto: $0.mergedInto)
        }
        return StoredIndexState(signatures: signatures, stories: stories)
    }

    package func stories(since: CalendarDate? = nil) throws -> [StorySummary] {
        try guarded("cannot list the stories") {
            try writer.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT story.position, story.id, COUNT(*) AS articles,
                               COUNT(DISTINCT article.outlet) AS sources,
                               MIN(article.seen) AS firstSeen, MAX(article.seen) AS lastSeen
                        FROM story JOIN assignment ON assignment.story = story.position
                        JOIN article ON article.id = assignment.articleID
                        WHERE story.mergedInto IS NULL
                        GROUP BY story.position HAVING MAX(article.seen) >= ?
                        ORDER BY lastSeen DESC, story.id
                        """,
                    arguments: [since?.description ?? ""])
                let members = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT assignment.story, article.id, article.title, article.published, substr(article.text, 1, ?)
                        FROM story JOIN assignment ON assignment.story = story.position
                        JOIN article ON article.id = assignment.articleID
                        WHERE story.mergedInto IS NULL
                        """,
                    arguments: [HeadlineSource.openingLength]
                ).map { StoryHeadlines.Member(story: $0[0], id: $0[1], title: $0[2], published: $0[3], opening: $0[4]) }
                let headlines = StoryHeadlines.headlines(of: members)
                return rows.compactMap { row in
                    StorySummary(
                        id: row["id"], headline: headlines[row["position"]] ?? "", articles: row["articles"], sources: row["sources"],
                        firstSeen: row["firstSeen"] as String, lastSeen: row["lastSeen"] as String)
                }
            }
        }
    }

    package func storyRows(_ id: StoryID) throws -> StoredStoryRows? {
        try guarded("cannot read story \(id)") {
            try writer.read { db -> StoredStoryRows? in
                guard var story = try StoryRecord.filter(Column("id") == id.rawValue).fetchOne(db) else { return nil }
                while let next = story.mergedInto, let merged = try StoryRecord.fetchOne(db, key: next) { story = merged }
                let articles = try ArticleRecord.fetchAll(
                    db,
                    sql: """
                        SELECT article.* FROM article JOIN assignment ON assignment.articleID = article.id
                        WHERE assignment.story = ?
                        """,
                    arguments: [story.position])
                let analyses = Dictionary(
                    uniqueKeysWithValues: try AnalysisRecord.fetchAll(db, keys: articles.map(\.id)).map { ($0.articleID, $0) })
                return StoredStoryRows(story: StoryID(story.id), articles: try articles.map { record in
                    guard let analysis = analyses[record.id] else {
                        throw StoreError(file: location, reason: "article \(record.id) has no analysis row")
                    }
                    return record.row(with: analysis)
                })
            }
        }
    }

    // MARK: - Helpers

    /// Runs database work, turning any failure into a `StoreError` naming the file.
    private func guarded<T>(_ what: String, _ work: () throws -> T) throws -> T {
        try StoreError.guarding(location, what, reason: Self.reason, work)
    }

    private static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error)" }
        return "\(error)"
    }
}
