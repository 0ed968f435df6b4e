import Foundation

/// The vocabulary of a `StoryIndex` and its per-term counts: each distinct term gets a dense `UInt32` id, so the
/// index stores numbers in flat arrays instead of strings in dictionaries.
///
/// Ids are given in the order terms are first seen, and the new terms of one article in sorted order, so the
/// same stream gives the same ids in every process (a dictionary's order would not).
struct TermStatistics: Sendable {
    let idfExponent: Double
    private(set) var ids: [String: UInt32] = [:]
    private(set) var terms: [String] = []
    /// Id → documents having the term.
    private(set) var documentFrequency: [UInt32] = []
    /// Id → documents having the term as a name or number.
    private(set) var entityFrequency: [UInt32] = []
    /// Id → log(documentFrequency + 1), kept so an idf costs a subtraction, not a logarithm.
    private(set) var logDocumentFrequency: [Double] = []
    private(set) var documentCount = 0
    private var logDocumentCount = 0.0

    init(idfExponent: Double) { self.idfExponent = idfExponent }

    /// The smoothed inverse document frequency of a term id in the collection seen so far.
    @inline(__always)
    func idf(_ id: UInt32) -> Double {
        let plain = logDocumentCount - logDocumentFrequency[Int(id)] + 1
        return idfExponent == 1 ? plain : pow(plain, idfExponent)
    }

    /// Whether the term is mostly a name or number in the documents seen so far.
    @inline(__always)
    func isEntity(_ id: UInt32) -> Bool { 2 * entityFrequency[Int(id)] >= documentFrequency[Int(id)] }

    /// The smoothed idf of a term that may not have been seen.
    func idf(_ term: String) -> Double {
        if let id = ids[term] { return idf(id) }
        let plain = logDocumentCount + 1
        return idfExponent == 1 ? plain : pow(plain, idfExponent)
    }

    /// Counts an article and returns its terms as (id, weight) sorted by id, interning the terms not seen before.
    mutating func count(_ article: ArticleFeatures) -> [(id: UInt32, weight: Double)] {
        var interned: [(id: UInt32, weight: Double)] = []
        interned.reserveCapacity(article.terms.count)
        var unseen: [(String, Double)] = []
        for (term, weight) in article.terms {
            if let id = ids[term] { interned.append((id, weight)) } else { unseen.append((term, weight)) }
        }
        unseen.sort { $0.0 < $1.0 }
        for (term, weight) in unseen {
            let id = UInt32(terms.count)
            ids[term] = id
            terms.append(term)
            documentFrequency.append(0)
            entityFrequency.append(0)
            logDocumentFrequency.append(0)
            interned.append((id, weight))
        }
        interned.sort { $0.id < $1.id }
        documentCount += 1
        logDocumentCount = log(Double(documentCount + 1))
        for (id, _) in interned {
            documentFrequency[Int(id)] += 1
            logDocumentFrequency[Int(id)] = log(Double(documentFrequency[Int(id)] + 1))
        }
        for term in article.entities { if let id = ids[term] { entityFrequency[Int(id)] += 1 } }
        return interned
    }

    /// Documents having the term (0 when unseen).
    func documentFrequency(of term: String) -> Int { ids[term].map { Int(documentFrequency[Int($0)]) } ?? 0 }

    /// Documents having the term as a name or number (0 when unseen).
    func entityFrequency(of term: String) -> Int { ids[term].map { Int(entityFrequency[Int($0)]) } ?? 0 }
}
