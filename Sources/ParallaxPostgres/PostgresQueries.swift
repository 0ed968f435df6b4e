import Foundation
import Parallax
import ParallaxStore
import PostgresNIO

/// The statements the store and its write transactions share, run on a session the caller holds.
enum PostgresQueries {
    static func lastSequence(_ session: PostgresSession) throws -> Int64? {
        try session.run("SELECT MAX(sequence) FROM article")[0].decode(Int64?.self)
    }

    static func articleCount(through sequence: Int64, _ session: PostgresSession) throws -> Int {
        try session.run("SELECT COUNT(*) FROM article WHERE sequence <= \(sequence)")[0].decode(Int.self)
    }

    static func indexState(
        after sequence: Int64?, storiesFrom first: Int, _ session: PostgresSession, location: String
    ) throws -> StoredIndexState {
        let start = sequence ?? Int64.min
        let rows = try session.run(
            """
            SELECT article.id, article.published, signature.terms, assignment.story, assignment.forced_story,
                   article.sequence
            FROM article JOIN signature ON signature.article_id = article.id
            JOIN assignment ON assignment.article_id = article.id WHERE article.sequence > \(start)
            ORDER BY article.sequence
            """)
        var signatures: [StoredSignature] = []
        signatures.reserveCapacity(rows.count)
        for row in rows {
            let (id, published, terms, story, forced, sequence) = try row.decode((String, String?, Data, Int, Int?, Int64).self)
            guard let signature = StoredSignature(
                id: id, published: published, terms: [UInt8](terms), story: story, forcedStory: forced, sequence: sequence)
            else {
                throw StoreError(file: location, reason: "the signature of \(id) is damaged")
            }
            signatures.append(signature)
        }
        let stories = try session.run(
            "SELECT position, id, headline, merged_into FROM story WHERE position >= \(first) ORDER BY position"
        ).map { row in
            let (position, id, headline, mergedInto) = try row.decode((Int, String, String, Int?).self)
            return StoredStory(position: position, id: id, headline: headline, mergedInto: mergedInto)
        }
        return StoredIndexState(signatures: signatures, stories: stories)
    }
}
