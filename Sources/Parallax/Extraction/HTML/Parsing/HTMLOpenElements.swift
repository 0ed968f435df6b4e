/// The stack of open elements, indexed so that "is an X open within this scope?" costs O(1):
/// for every name the stack positions where it is open, and for every scope the positions of
/// the elements that bound it. Each push and pop touches a fixed number of entries, so no
/// sequence of tags can make the tree builder walk the stack over and over.
struct HTMLOpenElements {
    private(set) var indices: [Int] = []
    private(set) var names: [String] = []
    private var positionsByName: [String: [Int]] = [:]
    /// Boundary positions for the scopes `.normal`, `.button`, `.listItem`, `.table`, in that order.
    private var boundaries: [[Int]] = [[], [], [], []]
    private static let scopes: [HTMLElementRules.Scope] = [.normal, .button, .listItem, .table]
    /// How many `svg`/`math` elements are open: inside them `/>` closes an element.
    private(set) var foreignDepth = 0

    var count: Int { indices.count }
    var lastName: String? { names.last }

    mutating func push(_ index: Int, name: String) {
        let position = indices.count
        indices.append(index)
        names.append(name)
        positionsByName[name, default: []].append(position)
        for (slot, scope) in Self.scopes.enumerated() where scope.isBoundary(name) { boundaries[slot].append(position) }
        if HTMLElementRules.isForeignRoot(name) { foreignDepth += 1 }
    }

    /// The stack position of the innermost open `name` not hidden behind a boundary of `scope`
    /// (nil scope: anywhere in the stack).
    func position(of name: String, in scope: HTMLElementRules.Scope?) -> Int? {
        guard let position = positionsByName[name]?.last else { return nil }
        guard let scope, let slot = Self.scopes.firstIndex(of: scope), let boundary = boundaries[slot].last else {
            return position
        }
        // A boundary at the same position is the element itself, which is found before it bounds anything.
        return position >= boundary ? position : nil
    }

    /// Pops the element at stack `position` and everything opened inside it.
    mutating func pop(to position: Int) {
        while indices.count > position {
            let top = indices.count - 1
            let name = names[top]
            positionsByName[name]?.removeLast()
            if positionsByName[name]?.isEmpty == true { positionsByName[name] = nil }
            for slot in boundaries.indices where boundaries[slot].last == top { boundaries[slot].removeLast() }
            if HTMLElementRules.isForeignRoot(name) { foreignDepth -= 1 }
            indices.removeLast()
            names.removeLast()
        }
    }
}
