extension HTMLExtractor {
    /// For tuning rules: which elements were dropped (tag, class/id, text size) and the blocks kept, as readable lines.
    package func explain(bytes: [UInt8]) -> String {
        let tree = ContentTree(bytes: bytes)
        let removed = BoilerplateFilter(rules: configuration.rules).removedNodes(in: tree)
        var lines: [String] = []
        for node in 0..<tree.count where removed[node] && !tree.tag[node].isEmpty {
            let parent = tree.parent[node]
            guard parent < 0 || !removed[parent] else { continue }
            let size = tree.textContent(of: node).utf8.count
            if size > 200 { lines.append("DROPPED \(tree.tag[node]) [\(tree.marker[node])] \(size) bytes") }
        }
        let blocks = BlockCollector(rules: configuration.rules).collect(tree, removed: removed)
        for block in blocks {
            var path: [String] = []
            var node = block.owner
            while node >= 0 && path.count < 6 { path.append("\(tree.tag[node])[\(tree.marker[node].prefix(30))]"); node = tree.parent[node] }
            lines.append("BLOCK \(block.length) ld=\(Int(block.linkDensity * 100)) \(path.joined(separator: "<")) :: \(block.text.prefix(60))")
        }
        return lines.joined(separator: "\n")
    }
}
