import Foundation

/// Navigation over a feed parsed into an `HTMLDocument` in XML mode: direct children by name and trimmed text.
struct FeedTree {
    let document: HTMLDocument

    /// Element children of `node`, in order.
    func elementChildren(of node: Int) -> [Int] {
        document.nodes[node].children.filter { document.nodes[$0].kind == .element }
    }

    /// The first element child of `node` with one of `names`, in the order of `names`.
    func child(of node: Int, named names: String...) -> Int? {
        let children = elementChildren(of: node)
        for name in names {
            if let found = children.first(where: { document.nodes[$0].name == name }) { return found }
        }
        return nil
    }

    func children(of node: Int, named name: String) -> [Int] {
        elementChildren(of: node).filter { document.nodes[$0].name == name }
    }

    /// The text of a child element, whitespace collapsed; nil when absent or blank.
    func text(of node: Int, child names: String...) -> String? {
        for name in names {
            if let child = children(of: node, named: name).first, let text = cleanText(of: child) { return text }
        }
        return nil
    }

    /// The text of `node` with runs of whitespace collapsed to one space; nil when blank.
    func cleanText(of node: Int) -> String? {
        let words = document.text(of: node).split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The first element in the document, skipping comments, doctypes and text.
    var rootElement: Int? {
        elementChildren(of: document.root).first
    }
}
