import Foundation
import Parallax
import ParallaxStore
import PostgresNIO

/// One write transaction of a `PostgresArticleStore`, holding the store's advisory write lock: every worker's
/// story assignment goes through it one at a time, in commit order.
struct PostgresWriteTransaction: StoreWriteTransaction {
    let session: PostgresSession

    func lastSequence() throws -> Int64? {
        try PostgresQueries.lastSequence(session)
    }

    func indexState(after sequence: Int64?, storiesFrom first: Int) throws -> StoredIndexState {
        try PostgresQueries.indexState(after: sequence, storiesFrom: first, session, location: session.location)
    }

    /// One statement for all the articles.
    func conflicts(_ articles: [(id: ArticleID, key: ArticleKey)]) throws -> Set<Int> {
        let ids = articles.map(\.id.rawValue), sources = articles.map(\.key.sourceID.rawValue)
        let hashes = articles.map(\.key.contentHash)
        return Set(try session.run(
            """
            SELECT offered.position - 1
            FROM unnest(\(ids)::text[], \(sources)::text[], \(hashes)::text[]) WITH ORDINALITY
                 AS offered (id, source_id, content_hash, position)
            WHERE EXISTS (SELECT 1 FROM article WHERE article.id = offered.id)
               OR EXISTS (SELECT 1 FROM article WHERE article.source_id = offered.source_id
                                                  AND article.content_hash = offered.content_hash)
            """
        ).map { try $0.decode(Int.self) })
    }

    func copyCandidates(sharing keys: [Int64]) throws -> [StoreCopyCandidate] {
        guard !keys.isEmpty else { return [] }
        return try session.run(
            """
            SELECT article.id, assignment.story, string_agg(copy_key.key::text, ',') FROM copy_key
            JOIN article ON article.id = copy_key.article_id JOIN assignment ON assignment.article_id = article.id
            WHERE copy_key.key = ANY(\(keys))
            GROUP BY article.sequence, assignment.story ORDER BY article.id COLLATE "C"
            """
        ).map { row in
            let (id, story, shared) = try row.decode((String, Int, String).self)
            return StoreCopyCandidate(id: id, story: story, sharedKeys: shared)
        }
    }

    func text(of id: ArticleID) throws -> String? {
        try session.run("SELECT text FROM article WHERE id = \(id.rawValue)").first.map { try $0.decode(String.self) }
    }

    func article(atOrdinal ordinal: Int) throws -> (id: ArticleID, title: String?, text: String)? {
        try session.run(
            """
            SELECT article.id, article.title, article.text FROM assignment JOIN article ON article.id = assignment.article_id
            WHERE assignment.ordinal = \(ordinal)
            """
        ).first.map { row in
            let (id, title, text) = try row.decode((String, String?, String).self)
            return (ArticleID(id), title, text)
        }
    }

    func hasStory(id: StoryID) throws -> Bool {
        try !session.run("SELECT 1 FROM story WHERE id = \(id.rawValue)").isEmpty
    }

    /// The article's rows, its copy keys, its new story and its assignment go in one statement; merges and splits, which are
    /// rare, in their own, which leave the new assignment as it is (its story is already the final one), as the
    /// SQLite store does by inserting it last.
    func insert(_ row: StoredArticleRow, signature: [UInt8], copyKeys: [Int64], assignment: StoreAssignment) throws -> Int64 {
        let copyKeys = Set(copyKeys).sorted()
        let created = assignment.created
        let mergedInto = created.flatMap { $0.position == assignment.joined ? nil : assignment.joined }
        let sequence = try session.run(
            """
            WITH new_article AS (
                INSERT INTO article (id, source_id, content_hash, raw_hash, origin, text, title, publisher, published, seen,
                                     metadata, wires, diagnostics, ingested_at, outlet)
                VALUES (\(row.id), \(row.sourceID), \(row.contentHash), \(row.rawHash), \(row.origin), \(row.text),
                        \(row.title), \(row.publisher), \(row.published), \(row.seen), \(row.metadata), \(row.wires),
                        \(row.diagnostics), \(row.ingestedAt), \(row.outlet))
                RETURNING sequence
            ), new_analysis AS (
                INSERT INTO analysis (article_id, entities, quotes, numbers, dates, sentences)
                VALUES (\(row.id), \(row.entities), \(row.quotes), \(row.numbers), \(row.dates), \(row.sentences))
            ), new_signature AS (
                INSERT INTO signature (article_id, terms) VALUES (\(row.id), \(Data(signature)))
            ), new_copy_keys AS (
                INSERT INTO copy_key (key, article_id) SELECT unnest(\(copyKeys)::bigint[]), \(row.id)
            ), new_story AS (
                INSERT INTO story (position, id, headline, merged_into)
                SELECT \(created?.position), \(created?.id.rawValue), \(created?.headline), \(mergedInto)
                WHERE \(created != nil)
            ), new_assignment AS (
                INSERT INTO assignment (article_id, story, similarity, is_new, forced_story, ordinal)
                VALUES (\(row.id), \(assignment.story), \(assignment.similarity), \(created != nil),
                        \(assignment.forcedStory), \(assignment.ordinal))
            )
            SELECT sequence FROM new_article
            """)[0].decode(Int64.self)
        if !assignment.merged.isEmpty {
            try session.run("UPDATE story SET merged_into = \(assignment.joined) WHERE position = ANY(\(assignment.merged))")
            try session.run("UPDATE assignment SET story = \(assignment.joined) WHERE story = ANY(\(assignment.merged)) AND article_id <> \(row.id)")
        }
        if let split = assignment.split {
            try session.run(
                """
                INSERT INTO story (position, id, headline, merged_into)
                VALUES (\(split.story.position), \(split.story.id.rawValue), \(split.story.headline), NULL)
                """)
            try session.run("UPDATE assignment SET story = \(split.story.position) WHERE ordinal = ANY(\(split.members)) AND article_id <> \(row.id)")
        }
        return sequence
    }
}
