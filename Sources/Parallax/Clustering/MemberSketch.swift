/// A story member as `StorySplitter` needs it: its ordinal and its heaviest length-normalized term frequencies.
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

    /// The sketch of a unit term vector sorted by id: its `count` largest weights, ties kept by the smaller id.
    init(member: Int32, normalized: [(id: UInt32, weight: Double)], count: Int, isLong: Bool) {
        let kept = normalized.indices
            .sorted { normalized[$0].weight != normalized[$1].weight ? normalized[$0].weight > normalized[$1].weight : $0 < $1 }
            .prefix(count).sorted()
        self.init(member: member, terms: kept.map { CentroidTerm(term: normalized[$0].id, sum: Float(normalized[$0].weight)) }, isLong: isLong)
    }
}
