import Foundation
import Logging
import Parallax
import ParallaxStore
import PostgresNIO

/// The shared article store: PostgreSQL through postgres-nio, for several ingest workers and servers on one or
/// several machines. The expensive work (reading, extraction, analysis) runs in each worker; story assignment is
/// serialized by an advisory lock that each write transaction (a run of articles) holds, so the stories come out as
/// one worker would make them for the order the articles committed in. The same article is stored once: a unique
/// key on (input id, text hash), and one look under the lock for what others stored since the admission.
package final class PostgresArticleStore: ArticleStore {
    /// The URL without its password.
    package let location: String
    /// Write transactions and settings; held for a whole transaction.
    private let writer: PostgresSession
    /// Reads, so a long read never waits for a worker's transaction on this process's writer.
    private let reader: PostgresSession

    /// Connects to the database at `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`). With `create`, the
    /// schema is created or migrated; without it, a database that holds no store is refused, so a typo in a
    /// reading command does not make an empty store.
    package init(url: String, create: Bool = true) throws {
        let address: PostgresAddress
        do {
            address = try PostgresAddress(url)
        } catch {
            throw StoreError(file: url, reason: error.reason)
        }
        location = address.description
        // postgres-nio logs at debug and trace only; the tool reports failures itself.
        var logger = Logger(label: "parallax.postgres")
        logger.logLevel = .critical
        writer = try PostgresSession(address, logger: logger)
        reader = try PostgresSession(address, logger: logger)
        try guarded("cannot migrate the store") {
            if !create, try !PostgresSchema.exists(writer) {
                throw StoreError(file: location, reason: "no store in this database; run `parallax ingest --store \(location) PATH...` first")
            }
            try PostgresSchema.migrate(writer)
        }
    }

    // MARK: - Writing

    package func writing<T>(_ what: String, _ body: (any StoreWriteTransaction) throws -> T) throws -> T {
        try guarded(what) {
            try writer.transaction {
                try writer.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
                return try body(PostgresWriteTransaction(session: writer))
            }
        }
    }

    package func setting(_ key: String, recordingIfAbsent value: String) throws -> String {
        try guarded("cannot read the settings") {
            try writer.transaction {
                try writer.run("INSERT INTO setting (key, value) VALUES (\(key), \(value)) ON CONFLICT (key) DO NOTHING")
                return try writer.run("SELECT value FROM setting WHERE key = \(key)")[0].decode(String.self)
            }
        }
    }

    package func saveIndexSnapshot(_ data: [UInt8], sequence: Int64, articles: Int) throws {
        try guarded("cannot store the index snapshot") {
            try writer.transaction {
                guard try PostgresQueries.articleCount(through: sequence, writer) == articles else {
                    throw StoreError(file: location, reason: "the index snapshot does not match the stored articles")
                }
                try writer.run(
                    """
                    INSERT INTO index_snapshot (name, sequence, articles, data)
                    VALUES ('story-index', \(sequence), \(articles), \(Data(data)))
                    ON CONFLICT (name) DO UPDATE SET sequence = EXCLUDED.sequence, articles = EXCLUDED.articles, data = EXCLUDED.data
                    """)
            }
        }
    }

    // MARK: - Reading

    package func storedID(of key: ArticleKey) throws -> ArticleID? {
        try reading("cannot look up \(key.sourceID)") {
            try reader.run(
                "SELECT id FROM article WHERE source_id = \(key.sourceID.rawValue) AND content_hash = \(key.contentHash)"
            ).first.map { ArticleID(try $0.decode(String.self)) }
        }
    }

    package func storedID(sourceID: ArticleID, rawHash: String) throws -> ArticleID? {
        try reading("cannot look up \(sourceID)") {
            try reader.run("SELECT id FROM article WHERE source_id = \(sourceID.rawValue) AND raw_hash = \(rawHash) LIMIT 1")
                .first.map { ArticleID(try $0.decode(String.self)) }
        }
    }

    package func contains(_ id: ArticleID) throws -> Bool {
        try reading("cannot look up \(id)") { try !reader.run("SELECT 1 FROM article WHERE id = \(id.rawValue)").isEmpty }
    }

    package func articleCount() throws -> Int {
        try reading("cannot count articles") { try reader.run("SELECT COUNT(*) FROM article")[0].decode(Int.self) }
    }

    package func articleCount(through sequence: Int64) throws -> Int {
        try reading("cannot count articles") { try PostgresQueries.articleCount(through: sequence, reader) }
    }

    package func lastSequence() throws -> Int64? {
        try reading("cannot read the last article") { try PostgresQueries.lastSequence(reader) }
    }

    package func indexSnapshot() throws -> StoredIndexSnapshot? {
        try reading("cannot read the index snapshot") {
            try reader.run("SELECT sequence, articles, data FROM index_snapshot WHERE name = 'story-index'").first.map { row in
                let (sequence, articles, data) = try row.decode((Int64, Int, Data).self)
                return StoredIndexSnapshot(sequence: sequence, articles: articles, data: [UInt8](data))
            }
        }
    }

    package func indexState(after sequence: Int64?) throws -> StoredIndexState {
        try guarded("cannot read the signatures") {
            try reader.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                try PostgresQueries.indexState(after: sequence, storiesFrom: 0, reader, location: location)
            }
        }
    }

    package func stories(since: CalendarDate?) throws -> [StorySummary] {
        try guarded("cannot list the stories") {
            // The counts and the members' titles from one snapshot, while other processes ingest.
            try reader.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () -> [StorySummary] in
                // Ordered by code point, as SQLite orders text, whatever the database's collation.
                let rows = try reader.run(
                    """
                    SELECT story.position, story.id, COUNT(*) AS articles,
                           COUNT(DISTINCT article.outlet) AS sources,
                           MIN(article.seen COLLATE "C") AS first_seen, MAX(article.seen COLLATE "C") AS last_seen
                    FROM story JOIN assignment ON assignment.story = story.position
                    JOIN article ON article.id = assignment.article_id
                    WHERE story.merged_into IS NULL
                    GROUP BY story.position HAVING MAX(article.seen COLLATE "C") >= \(since?.description ?? "")
                    ORDER BY last_seen DESC, story.id COLLATE "C"
                    """
                ).map { try $0.decode((Int, String, Int, Int, String, String).self) }
                let members = try reader.run(
                    """
                    SELECT assignment.story, article.id, article.title, article.published,
                           substr(article.text, 1, \(HeadlineSource.openingLength)::int)
                    FROM story JOIN assignment ON assignment.story = story.position
                    JOIN article ON article.id = assignment.article_id
                    WHERE story.merged_into IS NULL
                    """
                ).map { row in
                    let (story, id, title, published, opening) = try row.decode((Int, String, String?, String?, String).self)
                    return StoryHeadlines.Member(story: story, id: id, title: title, published: published, opening: opening)
                }
                let headlines = StoryHeadlines.headlines(of: members)
                return rows.compactMap { position, id, articles, sources, first, last in
                    StorySummary(
                        id: id, headline: headlines[position] ?? "", articles: articles, sources: sources, firstSeen: first, lastSeen: last)
                }
            }
        }
    }

    package func storyRows(_ id: StoryID) throws -> StoredStoryRows? {
        try guarded("cannot read story \(id)") {
            try reader.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () -> StoredStoryRows? in
                guard var story = try reader.run("SELECT position, id, merged_into FROM story WHERE id = \(id.rawValue)").first
                    .map({ try $0.decode((Int, String, Int?).self) })
                else { return nil }
                while let next = story.2,
                      let merged = try reader.run("SELECT position, id, merged_into FROM story WHERE position = \(next)").first {
                    story = try merged.decode((Int, String, Int?).self)
                }
                let rows = try reader.run(
                    """
                    SELECT article.id, source_id, content_hash, raw_hash, origin, text, title, publisher, published, seen,
                           metadata, wires, diagnostics, ingested_at, entities, quotes, numbers, dates, sentences
                    FROM article JOIN assignment ON assignment.article_id = article.id
                    JOIN analysis ON analysis.article_id = article.id
                    WHERE assignment.story = \(story.0)
                    """)
                return StoredStoryRows(story: StoryID(story.1), articles: try rows.map(Self.articleRow))
            }
        }
    }

    // MARK: - Helpers

    private static func articleRow(_ row: PostgresRow) throws -> StoredArticleRow {
        let (id, sourceID, contentHash, rawHash, origin, text, title, publisher, published, seen) =
            try row.decode((String, String, String, String?, String, String, String?, String?, String?, String).self)
        let columns = row.makeRandomAccess()
        return StoredArticleRow(
            id: id, sourceID: sourceID, contentHash: contentHash, rawHash: rawHash, origin: origin, text: text,
            title: title, publisher: publisher, published: published, seen: seen,
            metadata: try columns[10].decode(String.self), wires: try columns[11].decode(String.self),
            diagnostics: try columns[12].decode(String.self), ingestedAt: try columns[13].decode(Date.self),
            entities: try columns[14].decode(String.self), quotes: try columns[15].decode(String.self),
            numbers: try columns[16].decode(String.self), dates: try columns[17].decode(String.self),
            sentences: try columns[18].decode(String.self))
    }

    /// One read on the reader connection.
    private func reading<T>(_ what: String, _ work: () throws -> T) throws -> T {
        try guarded(what) { try reader.exclusively(work) }
    }

    /// Runs database work, turning any failure into a `StoreError` naming the store.
    private func guarded<T>(_ what: String, _ work: () throws -> T) throws -> T {
        try StoreError.guarding(location, what, reason: PostgresSession.reason, work)
    }
}
