import Foundation
import Parallax

/// An extracted article offered to `StoreIngester.add`: with its analysis when it was already made, the raw
/// document it came from (or the hash of its bytes) so that a later run can skip it before extraction, and when
/// it was first read, when that was before the add (a prepared article).
public struct StoreCandidate: Sendable {
    public let article: Article
    public let analyzed: AnalyzedArticle?
    public let document: RawDocument?
    public let rawHash: String?
    public let ingestedAt: Date?

    public init(
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
