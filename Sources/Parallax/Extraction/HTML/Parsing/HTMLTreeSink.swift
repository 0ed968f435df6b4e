/// Where `HTMLTreeBuilder` puts the nodes it makes: the parser's `HTMLDocument` (`HTMLDocumentSink`) or,
/// for extraction, a `ContentTree` built directly, so a page is not stored twice.
protocol HTMLTreeSink {
    /// Adds a node in document order under `parent` (an index this sink returned; nil only for the document
    /// node, added first) and returns the node's index. Nodes the sink leaves out may return -1: the builder
    /// only uses the indices of the document and of elements as parents. `tag` numbers an element's name
    /// (the same number for the same name within one parse; -1 for other nodes).
    mutating func add(_ kind: HTMLNode.Kind, name: String, tag: Int, attributes: [HTMLAttribute], text: String, parent: Int?) -> Int

    /// Whether the sink reads the value of an attribute with this (lowercased) name; other values are not decoded.
    static func usesValue(ofAttribute name: String) -> Bool
}

/// Collects the builder's nodes into an `HTMLDocument`.
struct HTMLDocumentSink: HTMLTreeSink {
    private struct Draft {
        var kind: HTMLNode.Kind
        var name: String
        var attributes: [HTMLAttribute]
        var text: String
        var parent: Int?
        var children: [Int] = []
    }

    private var drafts: [Draft] = []

    mutating func add(_ kind: HTMLNode.Kind, name: String, tag: Int, attributes: [HTMLAttribute], text: String, parent: Int?) -> Int {
        let index = drafts.count
        drafts.append(Draft(kind: kind, name: name, attributes: attributes, text: text, parent: parent))
        if let parent { drafts[parent].children.append(index) }
        return index
    }

    static func usesValue(ofAttribute name: String) -> Bool { true }

    /// The finished document.
    func document() -> HTMLDocument {
        HTMLDocument(nodes: drafts.map {
            HTMLNode(kind: $0.kind, name: $0.name, attributes: $0.attributes, text: $0.text, parent: $0.parent, children: $0.children)
        })
    }
}
