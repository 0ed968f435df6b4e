/// A byte range of one article's text that the page highlights, with the anchor id citations link to.
struct HighlightedSpan: Hashable {
    let start: Int
    let end: Int
    let anchor: String
}
