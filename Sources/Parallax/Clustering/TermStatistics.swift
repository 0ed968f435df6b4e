import Foundation

/// The vocabulary of a `StoryIndex` and its per-term counts: each distinct term gets a dense `UInt32` id, so the
/// index stores numbers in flat arrays instead of strings in dictionaries.
///
/// Ids are given in the order terms are first seen, and the new terms of one article in sorted order, so the
/// same stream gives the same ids in every process (a dictionary's order would not). Terms are kept as 64-bit
/// hashes only (`TermTable`): the index never needs a term's text back.
struct TermStatistics: Sendable {
    let idfExponent: Double
    /// Documents assumed seen before the stream, none with any term (`StoryClusterer.Configuration.backgroundDocuments`).
    let backgroundDocuments: Int
    private(set) var vocabulary = TermTable()
    /// Id → documents having the term, and having it as a name or number.
    private(set) var counts: [TermCounts] = []
    private(set) var documentCount = 0
    private var logDocumentCount = 0.0
    /// log(n + 1) for small n, so the idf of most terms costs a table read, not a logarithm (the same value).
    private let smallLogs: [Double] = (0..<Self.smallLogCount).map { log(Double($0 + 1)) }
    private static let smallLogCount = 2048

    init(idfExponent: Double, backgroundDocuments: Int) {
        self.idfExponent = idfExponent
        self.backgroundDocuments = backgroundDocuments
        logDocumentCount = Self.logCount(0, background: backgroundDocuments)
    }

    /// Statistics from their parts, as a snapshot holds them; nil when a hash repeats (ids would be ambiguous).
    init?(idfExponent: Double, backgroundDocuments: Int, hashes: [UInt64], counts: [TermCounts], documentCount: Int) {
        guard hashes.count == counts.count else { return nil }
        self.idfExponent = idfExponent
        self.backgroundDocuments = backgroundDocuments
        for hash in hashes {
            guard vocabulary.id(ofHash: hash) == nil else { return nil }
            _ = vocabulary.insert(hash)
        }
        self.counts = counts
        self.documentCount = documentCount
        logDocumentCount = Self.logCount(documentCount, background: backgroundDocuments)
    }

    /// log(n + 1) of the documents the idf counts: those seen and the background.
    private static func logCount(_ documents: Int, background: Int) -> Double { log(Double(documents + background + 1)) }

    var termCount: Int { vocabulary.count }

    /// The id of a term, nil when not seen.
    func id(of term: String) -> UInt32? { vocabulary.id(ofHash: TermTable.hash(term)) }

    /// The smoothed inverse document frequency of a term id in the collection seen so far.
    @inline(__always)
    func idf(_ id: UInt32) -> Double {
        let documents = Int(counts[Int(id)].documents)
        let logDocuments = documents < Self.smallLogCount ? smallLogs[documents] : log(Double(documents + 1))
        let plain = logDocumentCount - logDocuments + 1
        return idfExponent == 1 ? plain : pow(plain, idfExponent)
    }

    /// Whether the term is mostly a name or number in the documents seen so far.
    @inline(__always)
    func isEntity(_ id: UInt32) -> Bool {
        let entry = counts[Int(id)]
        return 2 * entry.asEntity >= entry.documents
    }

    /// The smoothed idf of a term that may not have been seen.
    func idf(_ term: String) -> Double {
        if let id = id(of: term) { return idf(id) }
        let plain = logDocumentCount + 1
        return idfExponent == 1 ? plain : pow(plain, idfExponent)
    }

    /// Counts an article and returns its terms as (id, weight) sorted by id, interning the terms not seen before.
    mutating func count(_ article: ArticleFeatures) -> [(id: UInt32, weight: Double)] {
        var interned: [(id: UInt32, weight: Double)] = []
        interned.reserveCapacity(article.terms.count)
        var unseen: [(term: String, hash: UInt64, weight: Double)] = []
        for (term, weight) in article.terms {
            let hash = TermTable.hash(term)
            if let id = vocabulary.id(ofHash: hash) { interned.append((id, weight)) } else { unseen.append((term, hash, weight)) }
        }
        unseen.sort { $0.term < $1.term }
        for (_, hash, weight) in unseen {
            // Two new terms of one article may share a hash: the second finds the first's id.
            let id = vocabulary.id(ofHash: hash) ?? vocabulary.insert(hash)
            if Int(id) == counts.count { counts.append(TermCounts()) }
            interned.append((id, weight))
        }
        interned.sort { $0.id < $1.id }
        Self.coalesce(&interned)
        documentCount += 1
        logDocumentCount = Self.logCount(documentCount, background: backgroundDocuments)
        for (id, _) in interned { counts[Int(id)].documents += 1 }
        for term in article.entities { if let id = id(of: term) { counts[Int(id)].asEntity += 1 } }
        return interned
    }

    /// Adds up the weights of terms that share an id (distinct strings with one hash), so ids stay unique.
    private static func coalesce(_ interned: inout [(id: UInt32, weight: Double)]) {
        guard interned.count > 1 else { return }
        var kept = 0
        for index in 1..<interned.count {
            if interned[index].id == interned[kept].id {
                interned[kept].weight += interned[index].weight
            } else {
                kept += 1
                interned[kept] = interned[index]
            }
        }
        interned.removeLast(interned.count - kept - 1)
    }

    /// Documents having the term (0 when unseen).
    func documentFrequency(of term: String) -> Int { id(of: term).map { Int(counts[Int($0)].documents) } ?? 0 }

    /// Documents having the term as a name or number (0 when unseen).
    func entityFrequency(of term: String) -> Int { id(of: term).map { Int(counts[Int($0)].asEntity) } ?? 0 }

    /// Bytes held by the per-term counts and the small-log table.
    var countBytes: Int { 64 + counts.capacity * MemoryLayout<TermCounts>.stride + smallLogs.capacity * 8 }
}
