import Foundation
import GRDB
import Parallax
@testable import ParallaxStore
import Testing

@Suite("Store migrations")
struct StoreMigrationTests {
    @Test("a new store has every table, WAL journaling and foreign keys")
    func freshSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let store = try temporary.open()
        let (tables, journal, foreignKeys, migrations) = try store.reader.read { db in
            (
                try ["article", "analysis", "signature", "story", "assignment", "setting", "indexSnapshot", "copyKey"]
                    .filter { try db.tableExists($0) },
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations")
            )
        }
        #expect(tables.count == 8)
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(migrations == 7)
    }

    @Test("reopening a store applies no migration twice and keeps its articles")
    func reopen() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            var ingester = try StoreIngester(store: try temporary.open())
            try TemporaryStore.ingest([SyntheticNews.article(topic: 1, variant: 1)], into: &ingester)
        }
        let store = try temporary.open()
        #expect(try store.articleCount() == 1)
        #expect(try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") } == 7)
    }

    @Test("a store of the first schema is migrated and keeps its articles")
    func migratesFromFirstSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v1: articles, analysis, signatures, stories, assignments")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (id, sourceID, contentHash, origin, text, seen, metadata, wires, diagnostics, ingestedAt)
                    VALUES ('old.txt', 'old.txt', '0123456789abcdef', '/tmp/old.txt', 'Old text.', '2024-01-01', '{}', '[]', '[]', '2024-01-01 00:00:00')
                    """)
            }
        }
        let store = try temporary.open()
        #expect(try store.articleCount() == 1)
        #expect(try store.storedID(of: ArticleKey(sourceID: ArticleID("old.txt"), contentHash: "0123456789abcdef")) == ArticleID("old.txt"))
        let hasRawHash = try store.reader.read { db in try db.columns(in: "article").contains { $0.name == "rawHash" } }
        #expect(hasRawHash)
    }

    @Test("a store of the third schema gets each assignment's ordinal: its article's rank in ingest order")
    func ordinalsFromThirdSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v3: story index snapshot")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO story (position, id, headline) VALUES (0, 's-0', 'Old')")
                // Sequences with a gap, inserted out of id order: the ordinal follows the sequence.
                for (sequence, id) in [(1, "b.txt"), (2, "a.txt"), (5, "c.txt")] {
                    try db.execute(
                        sql: """
                            INSERT INTO article (sequence, id, sourceID, contentHash, origin, text, seen, metadata, wires, diagnostics, ingestedAt)
                            VALUES (?, ?, ?, ?, '/tmp/x', 'Old text.', '2024-01-01', '{}', '[]', '[]', '2024-01-01 00:00:00')
                            """,
                        arguments: [sequence, id, id, "hash-\(id)"])
                    try db.execute(
                        sql: "INSERT INTO assignment (articleID, story, similarity, isNew) VALUES (?, 0, 0, 0)", arguments: [id])
                }
            }
        }
        let store = try temporary.open()
        let ordinals = try store.reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT articleID, ordinal FROM assignment").map { ($0[0] as String, $0[1] as Int) })
        }
        #expect(ordinals == ["b.txt": 0, "a.txt": 1, "c.txt": 2])
    }

    @Test("a store of the fourth schema gets each article's outlet: publisher, else URL host, else the article")
    func outletsFromFourthSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v4: assignment ordinal")
            try queue.write { db in
                let rows: [(String, String?, String)] = [
                    ("a.txt", " Reuters ", "{}"), ("b.txt", nil, #"{"authors":[],"url":"https://www.APnews.com/x"}"#), ("c.txt", nil, "{}"),
                ]
                for (id, publisher, metadata) in rows {
                    try db.execute(
                        sql: """
                            INSERT INTO article (id, sourceID, contentHash, origin, text, publisher, seen, metadata, wires, diagnostics, ingestedAt)
                            VALUES (?, ?, ?, '/tmp/x', 'Old text.', ?, '2024-01-01', ?, '[]', '[]', '2024-01-01 00:00:00')
                            """,
                        arguments: [id, id, "hash-\(id)", publisher, metadata])
                }
            }
        }
        let store = try temporary.open()
        let outlets = try store.reader.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, outlet FROM article").map { ($0[0] as String, $0[1] as String) })
        }
        #expect(outlets == ["a.txt": "p:reuters", "b.txt": "h:apnews.com", "c.txt": "a:c.txt"])
    }

    @Test("a store of the fifth schema gets each article's copy keys from its text: its exact key and MinHash band keys")
    func copyKeysFromFifthSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let texts = [
            "a.txt": SyntheticNews.text(topic: 0, variant: 0),
            "b.txt": SyntheticNews.text(topic: 0, variant: 0).uppercased(),
        ]
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v5: article outlet")
            try queue.write { db in
                for (id, text) in texts {
                    try db.execute(
                        sql: """
                            INSERT INTO article (id, sourceID, contentHash, origin, text, seen, metadata, wires, diagnostics, ingestedAt, outlet)
                            VALUES (?, ?, ?, '/tmp/x', ?, '2024-01-01', '{}', '[]', '[]', '2024-01-01 00:00:00', 'a:x')
                            """,
                        arguments: [id, id, "hash-\(id)", text])
                }
            }
        }
        let store = try temporary.open()
        let keys = try store.reader.read { db in
            Dictionary(
                grouping: try Row.fetchAll(db, sql: "SELECT article.id, copyKey.key FROM copyKey JOIN article ON article.sequence = copyKey.article"),
                by: { $0[0] as String })
                .mapValues { Set($0.map { $0[1] as Int64 }) }
        }
        #expect(keys == texts.mapValues { Set(StoreCopyKeys.keys(id: "", text: $0)) })
        // A text and its upper-cased copy share every key: one exact key, the same bands.
        #expect(keys["a.txt"] == keys["b.txt"] && keys["a.txt"]!.count > 1)
    }

    @Test("a store of the sixth schema gets each article's sentences from its text, as the analysis splits them")
    func sentencesFromSixthSchema() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let texts = ["a.txt": SyntheticNews.text(topic: 0, variant: 0), "b.txt": "One sentence. Dr. Two\n\nThree."]
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v6: copy keys")
            try queue.write { db in
                for (id, text) in texts {
                    try db.execute(
                        sql: """
                            INSERT INTO article (id, sourceID, contentHash, origin, text, seen, metadata, wires, diagnostics, ingestedAt, outlet)
                            VALUES (?, ?, ?, '/tmp/x', ?, '2024-01-01', '{}', '[]', '[]', '2024-01-01 00:00:00', 'a:x');
                            INSERT INTO analysis (articleID, entities, quotes, numbers, dates) VALUES (?, '[]', '[]', '[]', '[]')
                            """,
                        arguments: [id, id, "hash-\(id)", text, id])
                }
            }
        }
        let store = try temporary.open()
        let rows = try store.reader.read { db in try Row.fetchAll(db, sql: "SELECT articleID, sentences FROM analysis") }
        #expect(rows.count == texts.count)
        for row in rows {
            let id: String = row[0]
            let expected = TextSegmenter().segment(texts[id]!, article: ArticleID(id)).sentences
            #expect(row[1] as String == (try StoredArticleRow.encode(expected)))
            #expect(expected.count > 1)
        }
    }

    @Test("a store with a migration this build does not know is refused, not written with missing columns")
    func newerStoreIsRefused() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        _ = try temporary.open()
        try DatabaseQueue(path: temporary.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from a newer build')")
        }
        #expect {
            _ = try temporary.open()
        } throws: { error in
            "\(error)".contains("\(temporary.path): the store was made by a newer parallax")
        }
    }

    @Test("NOT NULL and foreign keys are enforced by SQLite")
    func constraints() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let queue = try DatabaseQueue(path: temporary.path)
        _ = try SQLiteArticleStore(writer: queue, file: temporary.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "INSERT INTO story (position, id, headline) VALUES (0, 's-1', NULL)") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO signature (articleID, terms) VALUES ('nowhere', x'00')")
            }
        }
    }

    @Test("a store that cannot be opened throws a StoreError naming the file")
    func unopenable() throws {
        let path = "/nonexistent-folder-\(UUID().uuidString)/store.sqlite"
        do {
            _ = try SQLiteArticleStore(path: path)
            Issue.record("opened a store in a folder that does not exist")
        } catch let error as StoreError {
            #expect(error.file == path)
            #expect(error.description.hasPrefix(path))
        }
    }
}
