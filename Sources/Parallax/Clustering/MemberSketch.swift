/// A story member as `StorySplitter` compares it: its ordinal and its heaviest length-normalized term frequencies.
package struct MemberSketch: Sendable, Hashable {
    /// The member's ordinal in the index.
    package let member: Int32
    /// At most `StorySplitter.Configuration.memberTerms` terms, sorted by id (idf is applied when compared).
    package let terms: [CentroidTerm]
    /// Whether the article had more than `shortArticleTerms` terms (a headline alone is too little to split on).
    package let isLong: Bool

    package init(member: Int32, terms: [CentroidTerm], isLong: Bool) {
        self.member = member
        self.terms = terms
        self.isLong = isLong
    }
}
