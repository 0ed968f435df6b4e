/// What one RSS item or Atom entry states, before it becomes a `RawDocument`.
struct FeedItem {
    var id: String?
    var link: String?
    var title: String?
    var authors: [String] = []
    var published: CalendarDate?
    /// The item's body as HTML source.
    var html: String?
}
