import Foundation
@testable import Parallax

/// Runs every parsing entry point on one input and reports what is wrong: broken tree links,
/// output out of proportion to the input, or time beyond a budget linear in the input's size.
enum HTMLFuzzCheck {
    /// Fixed cost plus cost per byte allowed for one input; generous for debug builds on a busy machine.
    static let baseBudget: Duration = .milliseconds(250)
    static let budgetPerKilobyte: Duration = .milliseconds(20)

    /// A description of the first problem, or nil when the input was handled well.
    static func problem(with input: [UInt8]) -> String? {
        FuzzBudget.problem(with: input, base: baseBudget, perKilobyte: budgetPerKilobyte, exercise: exercise)
    }

    private static func exercise(_ input: [UInt8]) -> String? {
        let document = HTMLParser().parse(input)
        if let broken = brokenLink(in: document) { return broken }
        let limit = 4 * input.count + 16
        guard document.nodes.count <= limit else { return "\(document.nodes.count) nodes from \(input.count) bytes" }
        let text = document.text(of: document.root)
        guard text.utf8.count <= limit else { return "\(text.utf8.count) text bytes from \(input.count) bytes" }
        for index in document.elements(named: "a").prefix(4) { _ = document.attribute("href", of: index) }
        let decoded = HTMLEncoding.decode(input)
        guard decoded.text.utf8.count <= limit else { return "decoded to \(decoded.text.utf8.count) bytes" }
        let (documents, _) = FeedReader().read(input, origin: "fuzz")
        for document in documents where document.bytes.count > limit {
            return "feed item of \(document.bytes.count) bytes from \(input.count) bytes"
        }
        _ = FeedReader.looksLikeFeed(input)
        return nil
    }

    /// Checks that the arena is a tree in document order: parents precede children, links agree both ways.
    static func brokenLink(in document: HTMLDocument) -> String? {
        let nodes = document.nodes
        guard let first = nodes.first, first.kind == .document, first.parent == nil else { return "no document node" }
        var links = 0
        for (index, node) in nodes.enumerated() {
            if index > 0 {
                guard let parent = node.parent, parent < index else { return "node \(index) has bad parent" }
            }
            links += node.children.count
            var previous = index
            for child in node.children {
                guard child > previous, child < nodes.count, nodes[child].parent == index else {
                    return "node \(index) has bad child \(child)"
                }
                previous = child
            }
            if node.kind != .element, !node.name.isEmpty || !node.attributes.isEmpty { return "non-element \(index) with name" }
        }
        // Every child points back to its parent, so the counts agreeing means every node is listed exactly once.
        return links == nodes.count - 1 ? nil : "\(links) child links for \(nodes.count) nodes"
    }
}
