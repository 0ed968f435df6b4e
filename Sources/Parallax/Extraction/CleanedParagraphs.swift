/// What `BoilerplateCleaner` kept of an article, and the metadata it read from the lines it removed.
public struct CleanedParagraphs: Sendable {
    public let paragraphs: [String]
    /// The date of a leading metadata line ("Updated: April 9, 2024").
    public let published: CalendarDate?
    /// Names from a leading byline ("By Jane Doe and John Roe").
    public let authors: [String]
    /// The paragraphs removed, in order, for explanations and tests.
    public let removed: [String]
}
