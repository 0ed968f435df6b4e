/// One statement of one article as alignment sees it: where it is, its tokens, and whether it can be a fact.
package struct StatementUnit: Sendable {
    /// Index of the article in the story.
    let article: Int
    /// Index of the sentence in the article.
    let sentence: Int
    /// Indices into the article's tokens.
    let tokens: Range<Int>
    package let statement: Statement
    /// Words (not punctuation) in the statement.
    let wordCount: Int
    /// A title, heading or teaser: a sentence without closing punctuation.
    let isHeadline: Bool
    /// Page furniture ("Follow us on ...", credit lines).
    let isBoilerplate: Bool

    /// Whether the statement can stand in a fact at all.
    package var isAlignable: Bool { !isHeadline && !isBoilerplate && wordCount >= 4 }
}
