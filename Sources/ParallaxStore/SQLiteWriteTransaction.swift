import Foundation
import GRDB
import Parallax

/// One write transaction of a `SQLiteArticleStore`, inside SQLite's write lock.
struct SQLiteWriteTransaction: StoreWriteTransaction {
    let db: Database
    /// The database file, for messages.
    let file: String

    func lastSequence() throws -> Int64? {
        try SQLiteArticleStore.lastSequence(in: db)
    }

    func indexState(after sequence: Int64?, storiesFrom first: Int) throws -> StoredIndexState {
        try SQLiteArticleStore.indexState(after: sequence, storiesFrom: first, in: db, file: file)
    }

    func conflicts(_ articles: [(id: ArticleID, key: ArticleKey)]) throws -> Set<Int> {
        var found = Set<Int>()
        for (position, article) in articles.enumerated()
        where try SQLiteArticleStore.storedID(of: article.key, in: db) != nil || SQLiteArticleStore.contains(article.id, in: db) {
            found.insert(position)
        }
        return found
    }

    func copyCandidates(sharing keys: [Int64]) throws -> [StoreCopyCandidate] {
        guard !keys.isEmpty else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT article.id, assignment.story, group_concat(copyKey.key) FROM copyKey
                JOIN article ON article.sequence = copyKey.article JOIN assignment ON assignment.articleID = article.id
                WHERE copyKey.key IN (\(keys.map { _ in "?" }.joined(separator: ",")))
                GROUP BY article.id ORDER BY article.id
                """,
            arguments: StatementArguments(keys)
        ).map { StoreCopyCandidate(id: $0[0], story: $0[1], sharedKeys: $0[2]) }
    }

    func text(of id: ArticleID) throws -> String? {
        try String.fetchOne(db, sql: "SELECT text FROM article WHERE id = ?", arguments: [id.rawValue])
    }

    func article(atOrdinal ordinal: Int) throws -> (id: ArticleID, title: String?, text: String)? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT article.id, article.title, article.text FROM assignment JOIN article ON article.id = assignment.articleID
                WHERE assignment.ordinal = ?
                """,
            arguments: [ordinal]
        ).map { (ArticleID($0[0] as String), $0[1] as String?, $0[2] as String) }
    }

    func hasStory(id: StoryID) throws -> Bool {
        try StoryRecord.filter(Column("id") == id.rawValue).fetchCount(db) > 0
    }

    func insert(_ row: StoredArticleRow, signature: [UInt8], copyKeys: [Int64], assignment: StoreAssignment) throws -> Int64 {
        var record = ArticleRecord(row)
        try record.insert(db)
        try SQLiteArticleStore.insertCopyKeys(copyKeys, of: record.sequence!, in: db)
        try AnalysisRecord(
            articleID: row.id, entities: row.entities, quotes: row.quotes, numbers: row.numbers, dates: row.dates,
            sentences: row.sentences
        ).insert(db)
        try SignatureRecord(articleID: row.id, terms: Data(signature)).insert(db)
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
            articleID: row.id, story: assignment.story, similarity: assignment.similarity,
            isNew: assignment.created != nil, forcedStory: assignment.forcedStory, ordinal: assignment.ordinal
        ).insert(db)
        return record.sequence!
    }
}
