/// Items `0..<count` joined into sets; each set is named by its smallest item, whatever the order of the joins.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The smallest item of the item's set.
    func root(_ item: Int) -> Int {
        var item = item
        while parent[item] != item { item = parent[item] }
        return item
    }

    /// Puts the two items' sets together.
    mutating func join(_ a: Int, _ b: Int) {
        let (first, second) = (root(a), root(b))
        if first != second { parent[max(first, second)] = min(first, second) }
    }
}
