import Parallax

/// What `StoreIngester.add` did with an article: stored it, or found it stored already.
package enum StoreAddition: Hashable, Sendable {
    case stored(IngestOutcome)
    /// The same article (same input id, same normalized text) is stored under this id.
    case alreadyStored(ArticleID)
}
