import Parallax
import ParallaxStore

/// What became of one document the server added to the store.
enum StoreAddResult: Sendable {
    case skipped(ArticleID, [String])
    case stored(IngestOutcome, [String])
    case alreadyStored(ArticleID, [String])
}
