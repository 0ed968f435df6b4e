/// A parsed HTML page: nodes in an arena, index 0 is the document node.
///
/// Nodes are stored in document order (a parent always precedes its children), so a subtree
/// is never walked recursively: every traversal here uses an explicit stack.
package struct HTMLDocument: Sendable {
    package let nodes: [HTMLNode]

    init(nodes: [HTMLNode]) {
        self.nodes = nodes
    }

    package var root: Int { 0 }

    /// All element indices with that lowercase tag name, in document order.
    package func elements(named name: String) -> [Int] {
        var found: [Int] = []
        for index in nodes.indices where nodes[index].kind == .element && nodes[index].name == name {
            found.append(index)
        }
        return found
    }

    /// The concatenated text content of the subtree, leaving out script and style contents.
    package func text(of node: Int) -> String {
        guard nodes.indices.contains(node) else { return "" }
        var result = ""
        var pending = [node]
        while let index = pending.popLast() {
            let current = nodes[index]
            switch current.kind {
            case .text:
                result += current.text
            case .element where current.name == "script" || current.name == "style":
                continue
            case .document, .element:
                pending.append(contentsOf: current.children.reversed())
            case .comment, .doctype:
                continue
            }
        }
        return result
    }

    /// The value of an attribute (name matched case-insensitively), or nil when absent or `node` is not an element.
    package func attribute(_ name: String, of node: Int) -> String? {
        guard nodes.indices.contains(node) else { return nil }
        let wanted = name.lowercased()
        return nodes[node].attributes.first { $0.name == wanted }?.value
    }
}
