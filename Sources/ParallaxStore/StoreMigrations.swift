import GRDB
import Parallax

/// The schema, as migrations applied in order; a store opened by an older build is brought up to date.
enum StoreMigrations {
    /// How many migrations there are.
    static var count: Int { migrator.migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, analysis, signatures, stories, assignments") { db in
            try db.create(table: "article") { table in
                table.autoIncrementedPrimaryKey("sequence")
                table.column("id", .text).notNull().unique()
                table.column("sourceID", .text).notNull()
                table.column("contentHash", .text).notNull().indexed()
                table.column("origin", .text).notNull()
                table.column("text", .text).notNull()
                table.column("title", .text)
                table.column("publisher", .text)
                table.column("published", .text)
                table.column("seen", .text).notNull()
                table.column("metadata", .text).notNull()
                table.column("wires", .text).notNull()
                table.column("diagnostics", .text).notNull()
                table.column("ingestedAt", .datetime).notNull()
                table.uniqueKey(["sourceID", "contentHash"])
            }
            try db.create(table: "analysis") { table in
                table.primaryKey("articleID", .text).references("article", column: "id", onDelete: .cascade)
                table.column("entities", .text).notNull()
                table.column("quotes", .text).notNull()
                table.column("numbers", .text).notNull()
                table.column("dates", .text).notNull()
            }
            try db.create(table: "signature") { table in
                table.primaryKey("articleID", .text).references("article", column: "id", onDelete: .cascade)
                table.column("terms", .blob).notNull()
            }
            try db.create(table: "story") { table in
                table.primaryKey("position", .integer)
                table.column("id", .text).notNull().unique()
                table.column("headline", .text).notNull()
                table.column("mergedInto", .integer).references("story", column: "position")
            }
            try db.create(table: "assignment") { table in
                table.primaryKey("articleID", .text).references("article", column: "id", onDelete: .cascade)
                table.column("story", .integer).notNull().indexed().references("story", column: "position")
                table.column("similarity", .double).notNull()
                table.column("isNew", .boolean).notNull()
                table.column("forcedStory", .integer).references("story", column: "position")
            }
            try db.create(table: "setting") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v2: raw input hash") { db in
            // Nullable: articles stored before v2 have none and are found by their text instead.
            try db.alter(table: "article") { table in table.add(column: "rawHash", .text) }
            try db.create(index: "article_on_sourceID_rawHash", on: "article", columns: ["sourceID", "rawHash"])
        }
        migrator.registerMigration("v3: story index snapshot") { db in
            // Optional data: a store without a row (or with a damaged one) replays every signature on open.
            try db.create(table: "indexSnapshot") { table in
                table.primaryKey("name", .text)
                table.column("sequence", .integer).notNull()
                table.column("articles", .integer).notNull()
                table.column("data", .blob).notNull()
            }
        }
        migrator.registerMigration("v4: assignment ordinal") { db in
            // The article's ordinal in the online index (its rank in ingest order): a story split names the
            // members it moves by ordinal.
            try db.alter(table: "assignment") { table in table.add(column: "ordinal", .integer) }
            try db.execute(sql: """
                UPDATE assignment SET ordinal = ranked.ordinal
                FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY sequence) - 1 AS ordinal FROM article) AS ranked
                WHERE ranked.id = assignment.articleID
                """)
            try db.create(index: "assignment_on_ordinal", on: "assignment", columns: ["ordinal"], unique: true)
        }
        migrator.registerMigration("v5: article outlet") { db in
            // Sources are counted by outlet (`Outlet`) in SQL as in the brief; stored rows get theirs from their
            // publisher and the URL in their metadata.
            try db.alter(table: "article") { table in table.add(column: "outlet", .text) }
            let rows = try Row.fetchAll(db, sql: "SELECT id, publisher, metadata FROM article")
            for row in rows {
                let outlet = StoredArticleRow.outlet(id: row["id"], publisher: row["publisher"], metadata: row["metadata"])
                try db.execute(sql: "UPDATE article SET outlet = ? WHERE id = ?", arguments: [outlet, row["id"] as String])
            }
        }
        migrator.registerMigration("v6: copy keys") { db in
            // Exact and near copies join their original's story, found by the keys they share; stored rows get
            // theirs from their text. One B-tree ordered by key, of integers only (the article by its sequence),
            // with no rowid table beside it and no foreign key to check: each article adds some 26 keys at random
            // places.
            try db.create(table: "copyKey", options: [.withoutRowID]) { table in
                table.column("key", .integer).notNull()
                table.column("article", .integer).notNull()
                table.primaryKey(["key", "article"])
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT sequence, id, text FROM article ORDER BY sequence")
            while let row = try rows.next() {
                try SQLiteArticleStore.insertCopyKeys(StoreCopyKeys.keys(id: row["id"], text: row["text"]), of: row["sequence"], in: db)
            }
        }
        migrator.registerMigration("v7: stored sentences") { db in
            // Reads take the sentences the analysis made at ingest; stored rows get theirs from their text.
            try db.alter(table: "analysis") { table in table.add(column: "sentences", .text).notNull().defaults(to: "[]") }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM article ORDER BY sequence")
            let update = try db.cachedStatement(sql: "UPDATE analysis SET sentences = ? WHERE articleID = ?")
            while let row = try rows.next() {
                let id: String = row["id"]
                try update.execute(arguments: [try StoredArticleRow.sentencesSplitByDefault(id: id, text: row["text"]), id])
            }
        }
        return migrator
    }
}
