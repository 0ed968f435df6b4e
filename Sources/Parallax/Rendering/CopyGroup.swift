/// The copies of one original article, for the "copies" sections; groups keep the order of first appearance.
package struct CopyGroup: Sendable {
    package let original: ArticleID
    package let copies: [CopyRelation]

    /// The number of distinct copying articles ("re-published by N outlets").
    package var outletCount: Int { Set(copies.map(\.copy)).count }

    package static func grouping(_ relations: [CopyRelation]) -> [CopyGroup] {
        var order: [ArticleID] = []
        var members: [ArticleID: [CopyRelation]] = [:]
        for relation in relations {
            if members[relation.original] == nil { order.append(relation.original) }
            members[relation.original, default: []].append(relation)
        }
        return order.map { CopyGroup(original: $0, copies: members[$0] ?? []) }
    }
}
