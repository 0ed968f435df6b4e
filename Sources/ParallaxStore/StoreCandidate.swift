import Foundation
import Parallax

/// An extracted article offered to `StoreIngester.add`: with its analysis when it was already made, the raw
/// document it came from (or the hash of its bytes) so that a later run can skip it before extraction, and when
/// it was first read, when that was before the add (a prepared article).
package struct StoreCandidate: Sendable {
    package let article: Article
    package let analyzed: AnalyzedArticle?
    package let document: RawDocument?
    package let rawHash: String?
    package let ingestedAt: Date?

    package init(
        _ article: Article, analyzed: AnalyzedArticle? = nil, document: RawDocument? = nil, rawHash: String? = nil,
        ingestedAt: Date? = nil
    ) {
        self.article = article
        self.analyzed = analyzed
        self.document = document
        self.rawHash = rawHash
        self.ingestedAt = ingestedAt
    }
}
