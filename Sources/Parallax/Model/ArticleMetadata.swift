/// What is known about an article besides its text; every field optional because pages rarely state them all.
public struct ArticleMetadata: Hashable, Codable, Sendable {
    public var title: String?
    public var publisher: String?
    public var authors: [String]
    public var published: CalendarDate?
    public var url: String?
    public var language: String?
    /// When a crawler fetched the page (a WARC record's date): the anchor for relative dates when no publication
    /// date is known, as a page is published before it is fetched.
    public var fetched: CalendarDate?

    public init(
        title: String? = nil, publisher: String? = nil, authors: [String] = [],
        published: CalendarDate? = nil, url: String? = nil, language: String? = nil, fetched: CalendarDate? = nil
    ) {
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.published = published
        self.url = url
        self.language = language
        self.fetched = fetched
    }

    /// The fields with `ControlCharacters` removed from every string.
    public var withoutControlCharacters: ArticleMetadata {
        ArticleMetadata(
            title: title.map(ControlCharacters.removed), publisher: publisher.map(ControlCharacters.removed),
            authors: authors.map(ControlCharacters.removed), published: published,
            url: url.map(ControlCharacters.removed), language: language.map(ControlCharacters.removed), fetched: fetched
        )
    }

    /// The fields of `self`, with the empty ones filled from `other`.
    public func filling(from other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(
            title: title ?? other.title,
            publisher: publisher ?? other.publisher,
            authors: authors.isEmpty ? other.authors : authors,
            published: published ?? other.published,
            url: url ?? other.url,
            language: language ?? other.language,
            fetched: fetched ?? other.fetched
        )
    }
}
