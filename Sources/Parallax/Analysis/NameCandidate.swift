/// A capitalized name found in the text before canonical forms are chosen, with the evidence for its kind.
struct NameCandidate: Sendable {
    /// Word indices [first, last] in the analysis words.
    let first: Int
    let last: Int
    /// Byte range of the name (a possessive "’s" excluded).
    let start: Int
    let end: Int
    let text: String
    var kind: EntityKind?
    /// Whether the kind comes from direct evidence (a title, a gazetteer entry) rather than a default.
    var isCertain: Bool
    var wordCount: Int { text.split(separator: " ").count }
}
