/// Headings news sites put before link lists and teasers; the block after them is not the article.
enum RelatedHeadingMarkers {
    static let headings: [String] = [
        "also read", "read also", "read more", "more to read", "must read", "don't miss", "do not miss",
        "related", "related articles", "related article", "related stories", "related story", "related news",
        "related posts", "related coverage", "related content", "related links", "related topics",
        "recommended", "recommended stories", "recommended articles", "recommended for you", "recommended reading",
        "you may also like", "you might also like", "you may like", "you may be interested in",
        "more from", "more stories", "more news", "more on this story", "latest news", "latest stories",
        "trending", "trending now", "trending stories", "top stories", "popular", "most read", "most popular",
        "further reading", "see also", "also see", "in other news", "more in",
    ]
}
