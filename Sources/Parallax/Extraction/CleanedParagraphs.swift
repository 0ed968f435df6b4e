/// What `BoilerplateCleaner` kept of an article, and the metadata it read from the lines it removed.
package struct CleanedParagraphs: Sendable {
    package let paragraphs: [String]
    /// The date of a leading metadata line ("Updated: April 9, 2024").
    package let published: CalendarDate?
    /// Names from a leading byline ("By Jane Doe and John Roe").
    package let authors: [String]
    /// The paragraphs removed, in order, for explanations and tests.
    package let removed: [String]
}
