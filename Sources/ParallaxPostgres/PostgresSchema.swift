import ParallaxStore
import PostgresNIO

/// The store's tables in PostgreSQL, as numbered migrations applied in order under an advisory lock, so that
/// workers starting together apply each once. The columns are those of the SQLite store after its migration v7
/// (where the stored sentences have a default; here they have none); the references to stories are checked at
/// commit, so one article's rows go in one statement in any order.
enum PostgresSchema {
    /// The advisory lock every schema change is made under (an arbitrary constant, the same in every build).
    static let migrationLock: Int64 = 0x5041_5241_4C4C_4158 // "PARALLAX"
    /// The advisory lock a write transaction holds: story assignment is serialized through it.
    static let writeLock: Int64 = 0x5041_5241_4C4C_5752 // "PARALLWR"

    /// Each migration's statements, then the rows it fills in Swift (nil when none), in one transaction.
    static let migrations: [(name: String, statements: [PostgresQuery], fill: (@Sendable (PostgresSession) throws -> Void)?)] = [
        (
            "v1: articles, analysis, signatures, stories, assignments, settings, index snapshot",
            [
                """
                CREATE TABLE article (
                    sequence BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    source_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    raw_hash TEXT,
                    origin TEXT NOT NULL,
                    text TEXT NOT NULL,
                    title TEXT,
                    publisher TEXT,
                    published TEXT,
                    seen TEXT NOT NULL,
                    metadata TEXT NOT NULL,
                    wires TEXT NOT NULL,
                    diagnostics TEXT NOT NULL,
                    ingested_at TIMESTAMPTZ NOT NULL,
                    UNIQUE (source_id, content_hash)
                )
                """,
                "CREATE INDEX article_on_content_hash ON article (content_hash)",
                "CREATE INDEX article_on_source_id_raw_hash ON article (source_id, raw_hash)",
                """
                CREATE TABLE analysis (
                    article_id TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
                    entities TEXT NOT NULL,
                    quotes TEXT NOT NULL,
                    numbers TEXT NOT NULL,
                    dates TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE signature (
                    article_id TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
                    terms BYTEA NOT NULL
                )
                """,
                """
                CREATE TABLE story (
                    position BIGINT PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    headline TEXT NOT NULL,
                    merged_into BIGINT REFERENCES story (position) DEFERRABLE INITIALLY DEFERRED
                )
                """,
                """
                CREATE TABLE assignment (
                    article_id TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
                    story BIGINT NOT NULL REFERENCES story (position) DEFERRABLE INITIALLY DEFERRED,
                    similarity DOUBLE PRECISION NOT NULL,
                    is_new BOOLEAN NOT NULL,
                    forced_story BIGINT REFERENCES story (position) DEFERRABLE INITIALLY DEFERRED,
                    ordinal BIGINT NOT NULL UNIQUE
                )
                """,
                "CREATE INDEX assignment_on_story ON assignment (story)",
                "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                """
                CREATE TABLE index_snapshot (
                    name TEXT PRIMARY KEY,
                    sequence BIGINT NOT NULL,
                    articles BIGINT NOT NULL,
                    data BYTEA NOT NULL
                )
                """,
            ],
            nil
        ),
        (
            "v2: article outlet",
            ["ALTER TABLE article ADD COLUMN outlet TEXT"],
            { session in
                // Sources are counted by outlet (`Outlet`) in SQL as in the brief; stored rows get theirs from
                // their publisher and the URL in their metadata.
                for row in try session.run("SELECT id, publisher, metadata FROM article") {
                    let (id, publisher, metadata) = try row.decode((String, String?, String).self)
                    let outlet = StoredArticleRow.outlet(id: id, publisher: publisher, metadata: metadata)
                    try session.run("UPDATE article SET outlet = \(outlet) WHERE id = \(id)")
                }
                try session.run("ALTER TABLE article ALTER COLUMN outlet SET NOT NULL")
            }
        ),
        (
            "v3: copy keys",
            [
                """
                CREATE TABLE copy_key (
                    key BIGINT NOT NULL,
                    article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE
                )
                """,
                "CREATE INDEX copy_key_on_key ON copy_key (key)",
            ],
            { session in
                // Exact and near copies join their original's story, found by the keys they share; stored rows
                // get theirs from their text.
                try forEachPageOfTexts(session) { page in
                    for (id, text) in page {
                        let keys = Set(StoreCopyKeys.keys(id: id, text: text)).sorted()
                        try session.run("INSERT INTO copy_key (key, article_id) SELECT unnest(\(keys)::bigint[]), \(id)")
                    }
                }
            }
        ),
        (
            "v4: stored sentences",
            ["ALTER TABLE analysis ADD COLUMN sentences TEXT"],
            { session in
                // Reads take the sentences the analysis made at ingest; stored rows get theirs from their text, one
                // update per page.
                try forEachPageOfTexts(session) { page in
                    let ids = page.map(\.id)
                    let sentences = try page.map { try StoredArticleRow.sentencesSplitByDefault(id: $0.id, text: $0.text) }
                    try session.run("""
                        UPDATE analysis SET sentences = page.sentences
                        FROM unnest(\(ids)::text[], \(sentences)::text[]) AS page (id, sentences)
                        WHERE analysis.article_id = page.id
                        """)
                }
                try session.run("ALTER TABLE analysis ALTER COLUMN sentences SET NOT NULL")
            }
        ),
    ]

    /// Every stored article's id and text, in ingest order, a thousand at a time, so that a migration filling a column
    /// from the texts never holds a large store in memory.
    private static func forEachPageOfTexts(
        _ session: PostgresSession, _ body: ([(id: String, text: String)]) throws -> Void
    ) throws {
        var last: Int64 = 0
        while true {
            let rows = try session.run(
                "SELECT sequence, id, text FROM article WHERE sequence > \(last) ORDER BY sequence LIMIT 1000")
            guard let final = rows.last else { return }
            try body(try rows.map { row in
                let (_, id, text) = try row.decode((Int64, String, String).self)
                return (id, text)
            })
            last = try final.decode((Int64, String, String).self).0
        }
    }

    /// Applies the migrations this database lacks; throws when it was made by a newer build.
    static func migrate(_ session: PostgresSession) throws {
        try session.exclusively {
            try session.run("SELECT pg_advisory_lock(\(migrationLock))")
            defer { _ = try? session.run("SELECT pg_advisory_unlock(\(migrationLock))") }
            try session.run("CREATE TABLE IF NOT EXISTS parallax_migration (version BIGINT PRIMARY KEY, name TEXT NOT NULL)")
            let applied = try session.run("SELECT COALESCE(MAX(version), 0) FROM parallax_migration")[0].decode(Int.self)
            guard applied <= migrations.count else {
                throw PostgresFailure(
                    reason: "the store's schema is version \(applied), newer than this build's \(migrations.count); use a newer parallax")
            }
            for (number, migration) in migrations.enumerated().dropFirst(applied) {
                try session.run("BEGIN")
                do {
                    for statement in migration.statements { try session.run(statement) }
                    try migration.fill?(session)
                    try session.run("INSERT INTO parallax_migration (version, name) VALUES (\(number + 1), \(migration.name))")
                    try session.run("COMMIT")
                } catch {
                    _ = try? session.run("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// Whether the database holds a Parallax store (any migration applied).
    static func exists(_ session: PostgresSession) throws -> Bool {
        try session.exclusively {
            try session.run("SELECT to_regclass('parallax_migration') IS NOT NULL")[0].decode(Bool.self)
        }
    }
}
