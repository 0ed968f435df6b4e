/// The bytes of one article as they arrived, and what the input said about them.
public struct RawDocument: Sendable {
    public let id: ArticleID
    /// The file path or URL, for messages.
    public let origin: String
    /// The line within `origin` for documents read from JSON Lines.
    public let line: Int?
    public let bytes: [UInt8]
    public let format: DocumentFormat
    /// Metadata stated by the container (JSON Lines fields, feed items); the extractor fills the rest from the content.
    public let declared: ArticleMetadata

    public init(
        id: ArticleID, origin: String, line: Int? = nil, bytes: [UInt8],
        format: DocumentFormat, declared: ArticleMetadata = ArticleMetadata()
    ) {
        // Ids and origins come from file names and record fields, and are printed: no control characters.
        self.id = ArticleID(ControlCharacters.removed(from: id.rawValue))
        self.origin = ControlCharacters.removed(from: origin)
        self.line = line
        self.bytes = bytes
        self.format = format
        self.declared = declared
    }

    /// The same document under another id.
    public func renamed(_ id: ArticleID) -> RawDocument {
        RawDocument(id: id, origin: origin, line: line, bytes: bytes, format: format, declared: declared)
    }
}
