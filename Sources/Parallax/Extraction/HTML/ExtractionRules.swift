/// The boilerplate rules of `HTMLExtractor`, kept as data: tag roles and class/id markers.
///
/// Markers are matched as substrings of an element's lowercased `class` and `id` joined by a space.
public struct ExtractionRules: Sendable, Hashable {
    /// Elements dropped with everything inside them.
    public var removedTags: Set<String>
    /// Elements that start a new block of text (a paragraph of the output).
    public var blockTags: Set<String>
    /// Elements whose text is a heading.
    public var headingTags: Set<String>
    /// Class/id markers of boilerplate that is dropped wherever it is.
    public var strongNegativeMarkers: [String]
    /// Whole class/id words (split at spaces, `-` and `_`) of boilerplate dropped wherever it is: short words
    /// like `ad` or `meta` that are too short to match as substrings.
    public var strongNegativeWords: Set<String>
    /// Class/id markers of likely boilerplate: they lower a container's score but drop nothing by themselves.
    public var negativeMarkers: [String]
    /// Class/id markers of likely main content.
    public var positiveMarkers: [String]
    /// Layout elements dropped unless they wrap most of the page (some sites put the article in an `aside` or the whole page in a `form`).
    public var layoutTags: Set<String>
    /// Elements never dropped for their class or id (they wrap whole pages).
    public var protectedTags: Set<String>

    public init(
        removedTags: Set<String>, blockTags: Set<String>, headingTags: Set<String>,
        strongNegativeMarkers: [String], strongNegativeWords: Set<String>, negativeMarkers: [String], positiveMarkers: [String],
        layoutTags: Set<String>, protectedTags: Set<String>
    ) {
        self.layoutTags = layoutTags
        self.removedTags = removedTags
        self.blockTags = blockTags
        self.headingTags = headingTags
        self.strongNegativeMarkers = strongNegativeMarkers
        self.strongNegativeWords = strongNegativeWords
        self.negativeMarkers = negativeMarkers
        self.positiveMarkers = positiveMarkers
        self.protectedTags = protectedTags
    }

    /// Rules a careful engineer would write for any news site or blog; nothing here names a site.
    public static let `default` = ExtractionRules(
        removedTags: [
            "script", "style", "noscript", "iframe", "svg", "button",
            "select", "option", "input", "textarea", "label", "template", "object", "embed", "canvas",
            "figcaption", "head", "link", "meta", "audio", "video", "picture", "img", "map",
        ],
        blockTags: [
            "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "pre",
            "blockquote", "figure", "address", "center", "body", "html", "hr", "details", "summary",
        ],
        headingTags: ["h1", "h2", "h3", "h4", "h5", "h6"],
        strongNegativeMarkers: [
            "comment", "share", "sharing", "shariff", "social", "related", "sidebar", "breadcrumb",
            "cookie", "consent", "newsletter", "subscribe", "advert", "banner", "popup",
            "modal", "caption", "byline", "pagination", "pager", "navbar", "navigation", "menu",
            "widget_", "widget-area", "sidebar-widget",
            "skip-link", "skiplink", "disqus", "outbrain", "taboola", "recommend", "promo",
            "sponsor", "login", "signup", "toolbar", "tagcloud", "tag-cloud", "post-tags",
            "entry-tags", "article-tags", "author-info", "author-bio", "authorbox", "author-box",
            "masthead", "rating", "reaction", "gallery-nav", "jump-link", "further", "more-articles",
            "readmore", "read-more", "weiterlesen", "footnote-nav", "visually-hidden", "sr-only",
        ],
        strongNegativeWords: [
            "advertisement", "anzeige", "werbung", "sponsored", "dateline",
        ],
        negativeMarkers: [
            "footer", "header", "nav", "meta", "tags", "author", "aside", "extra", "date", "info",
            "links", "bottom", "topbar", "secondary", "complementary", "community", "rss", "ad-",
            "-ad", "ads", "widget", "slider", "carousel", "contact", "legal", "copyright",
        ],
        positiveMarkers: [
            "article", "content", "entry", "post", "story", "body", "main", "text", "blog", "hentry",
            "page", "column", "single",
        ],
        layoutTags: ["nav", "aside", "footer", "form", "menu", "dialog"],
        protectedTags: ["html", "body", "main", "article"]
    )
}
