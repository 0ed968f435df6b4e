/// A story member as `StorySplitter` compares it: its ordinal and its heaviest length-normalized term frequencies.
public struct MemberSketch: Sendable, Hashable {
    /// The member's ordinal in the index.
    public let member: Int32
    /// At most `StorySplitter.Configuration.memberTerms` terms, sorted by id (idf is applied when compared).
    public let terms: [CentroidTerm]
    /// Whether the article had more than `shortArticleTerms` terms (a headline alone is too little to split on).
    public let isLong: Bool

    public init(member: Int32, terms: [CentroidTerm], isLong: Bool) {
        self.member = member
        self.terms = terms
        self.isLong = isLong
    }
}
