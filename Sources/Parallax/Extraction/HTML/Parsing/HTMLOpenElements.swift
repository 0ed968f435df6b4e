/// The stack of open elements, indexed so that "is an X open within this scope?" costs O(1):
/// for every tag name (by its `HTMLTagNames` number) the stack positions where it is open, and for every
/// scope the positions of the elements that bound it. Each push and pop touches a fixed number of entries,
/// so no sequence of tags can make the tree builder walk the stack over and over.
struct HTMLOpenElements {
    private(set) var indices: [Int] = []
    private(set) var names: [String] = []
    private var tags: [Int] = []
    private var traits: [HTMLTagInfo.Traits] = []
    /// For each tag number, the stack positions where it is open (grown as numbers appear).
    private var positionsByTag: [[Int]] = []
    /// Boundary positions for the scopes `.normal`, `.button`, `.listItem`, `.table`, in that order.
    private var boundaries: [[Int]] = [[], [], [], []]
    private static let scopes: [HTMLElementRules.Scope] = [.normal, .button, .listItem, .table]
    /// How many `svg`/`math` elements are open: inside them `/>` closes an element.
    private(set) var foreignDepth = 0

    var count: Int { indices.count }
    /// The tag number of the innermost open element.
    var lastTag: Int? { tags.last }
    var lastTraits: HTMLTagInfo.Traits { traits.last ?? [] }

    mutating func push(_ index: Int, name: String, tag: Int, traits elementTraits: HTMLTagInfo.Traits) {
        let position = indices.count
        indices.append(index)
        names.append(name)
        tags.append(tag)
        traits.append(elementTraits)
        if tag >= positionsByTag.count { positionsByTag.append(contentsOf: repeatElement([], count: tag + 1 - positionsByTag.count)) }
        positionsByTag[tag].append(position)
        for (slot, scope) in Self.scopes.enumerated() where elementTraits.contains(.bounding(scope)) {
            boundaries[slot].append(position)
        }
        if elementTraits.contains(.foreignRoot) { foreignDepth += 1 }
    }

    /// The stack position of the innermost open element with tag number `tag` not hidden behind a boundary
    /// of `scope` (nil scope: anywhere in the stack).
    func position(of tag: Int, in scope: HTMLElementRules.Scope?) -> Int? {
        guard tag < positionsByTag.count, let position = positionsByTag[tag].last else { return nil }
        guard let scope, let boundary = boundaries[Self.slot(of: scope)].last else {
            return position
        }
        // A boundary at the same position is the element itself, which is found before it bounds anything.
        return position >= boundary ? position : nil
    }

    private static func slot(of scope: HTMLElementRules.Scope) -> Int {
        switch scope {
        case .normal: return 0
        case .button: return 1
        case .listItem: return 2
        case .table: return 3
        }
    }

    /// Pops the element at stack `position` and everything opened inside it.
    mutating func pop(to position: Int) {
        while indices.count > position {
            let top = indices.count - 1
            positionsByTag[tags[top]].removeLast()
            for slot in boundaries.indices where boundaries[slot].last == top { boundaries[slot].removeLast() }
            if traits[top].contains(.foreignRoot) { foreignDepth -= 1 }
            indices.removeLast()
            names.removeLast()
            tags.removeLast()
            traits.removeLast()
        }
    }
}
