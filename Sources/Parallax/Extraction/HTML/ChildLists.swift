/// The children of every node of a `ContentTree` in one array: `tree.children[node]` is a slice of it.
struct ChildLists {
    /// Where each node's children start in `list`; one entry more than there are nodes.
    private let start: [Int]
    private let list: [Int]

    init(start: [Int] = [0], list: [Int] = []) {
        self.start = start
        self.list = list
    }

    subscript(node: Int) -> ArraySlice<Int> {
        list[start[node]..<start[node + 1]]
    }
}
