/// The page as the extractor sees it: element names, class/id markers, text and structure, in flat arrays.
///
/// Built from the parser's `HTMLDocument` in one place (ContentTreeFromDocument.swift), so the heuristics do not depend on the parser's shape.
struct ContentTree {
    /// Lowercased tag name; empty for text nodes.
    var tag: [String] = []
    /// Each node's tag as an index into `tagNames` (0, the empty name, for text nodes): rules look a tag up
    /// once per page in `tagTable` instead of hashing it at every node.
    var tagCode: [Int] = []
    /// The distinct tag names of the page, in order of first appearance after "".
    private(set) var tagNames: [String] = [""]
    private var codeByTag: [String: Int] = ["": 0]
    /// While parsing: the code of each of the parser's tag numbers met so far (-1 when not yet met).
    var codeByParserTag: [Int] = []
    /// Text of text nodes; empty for elements.
    var text: [String] = []
    var parent: [Int] = []
    /// Each node's children in document order, filled by `linkChildren()` once all nodes are added.
    private(set) var children = ChildLists()
    /// Lowercased `class` and `id` joined by a space.
    var marker: [String] = []
    /// Hidden by `hidden`, `aria-hidden` or an inline `display:none`.
    var hidden: [Bool] = []
    /// The attributes the metadata reader looks at (`content`, `href`, `rel`, ...; lowercased names) of all nodes
    /// in one array, node after node: no dictionary entry and no array per element.
    private(set) var keptAttributes: [KeptAttribute] = []
    /// Where each node's kept attributes start in `keptAttributes`; one entry more than there are nodes.
    private var attributeStart: [Int] = [0]
    var root: Int = 0

    var count: Int { tag.count }

    mutating func add(tag name: String, text value: String, parent parentIndex: Int, marker classAndID: String, hidden isHidden: Bool) -> Int {
        add(tag: name, code: code(of: name), text: value, parent: parentIndex, marker: classAndID, hidden: isHidden)
    }

    /// The code of a tag name, given a new one when first met.
    mutating func code(of name: String) -> Int {
        if name.isEmpty { return 0 }
        if let code = codeByTag[name] { return code }
        codeByTag[name] = tagNames.count
        tagNames.append(name)
        return tagNames.count - 1
    }

    /// `add(tag:text:parent:marker:hidden:)` with the tag's code already known.
    mutating func add(tag name: String, code: Int, text value: String, parent parentIndex: Int, marker classAndID: String, hidden isHidden: Bool) -> Int {
        let index = tag.count
        tag.append(name)
        tagCode.append(code)
        attributeStart.append(keptAttributes.count)
        text.append(value)
        parent.append(parentIndex)
        marker.append(classAndID)
        hidden.append(isHidden)
        return index
    }

    /// Fills `children` from `parent`: one pass, no array per node.
    mutating func linkChildren() {
        var start = [Int](repeating: 0, count: count + 1)
        for node in 0..<count where parent[node] >= 0 { start[parent[node] + 1] += 1 }
        for node in 0..<count { start[node + 1] += start[node] }
        var next = start
        var list = [Int](repeating: 0, count: start[count])
        // Nodes come in document order, so each list ends up in document order too.
        for node in 0..<count where parent[node] >= 0 {
            list[next[parent[node]]] = node
            next[parent[node]] += 1
        }
        children = ChildLists(start: start, list: list)
    }

    /// Keeps an attribute of the node added next.
    mutating func keep(_ name: String, _ value: String) {
        keptAttributes.append(KeptAttribute(name: name, value: value))
    }

    /// The kept attributes of a node, in the order written.
    func attributes(of node: Int) -> ArraySlice<KeptAttribute> {
        keptAttributes[attributeStart[node]..<attributeStart[node + 1]]
    }

    func attribute(_ name: String, of node: Int) -> String? {
        attributes(of: node).first(where: { $0.name == name })?.value
    }

    /// All text inside a node, as written (whitespace not collapsed).
    func textContent(of node: Int) -> String {
        var result = ""
        var stack = [node]
        while let current = stack.popLast() {
            if tag[current].isEmpty { result += text[current] }
            stack.append(contentsOf: children[current].reversed())
        }
        return result
    }

    /// The element nodes with the given tag, in document order.
    func elements(named name: String) -> [Int] {
        guard let code = codeByTag[name] else { return [] }
        return (0..<count).filter { tagCode[$0] == code }
    }

    /// For each tag code, whether `names` holds the tag.
    func tagTable(_ names: Set<String>) -> [Bool] {
        tagNames.map { names.contains($0) }
    }
}
