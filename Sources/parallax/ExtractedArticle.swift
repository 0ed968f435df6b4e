import Parallax

/// One article as `parallax extract --format json` prints it.
struct ExtractedArticle: Encodable {
    let id: ArticleID
    let origin: String
    let metadata: ArticleMetadata
    let wires: [WireCredit]
    let text: String

    init(_ article: Article) {
        id = article.id
        origin = article.origin
        metadata = article.metadata
        wires = article.wires
        text = article.text
    }
}
