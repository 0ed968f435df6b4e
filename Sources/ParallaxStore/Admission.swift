import Parallax

/// Whether an input article is new to the store, and under which id and key it will be stored.
package enum Admission: Sendable {
    /// The same article (same input id, same normalized text) is already stored under this id.
    case stored(ArticleID)
    /// New: the article to analyze and ingest (renamed when another text already holds its id) and its key.
    case new(Article, ArticleKey)
}
