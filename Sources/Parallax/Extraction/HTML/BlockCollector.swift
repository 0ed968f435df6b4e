/// Walks the kept part of the tree in document order and cuts its text into blocks at block-level elements.
struct BlockCollector {
    let rules: ExtractionRules

    func collect(_ tree: ContentTree, removed: [Bool]) -> [TextBlock] {
        var state = State()
        let blockTag = tree.tagTable(rules.blockTags)
        state.headingTag = tree.tagTable(rules.headingTags)
        var owners: [Int] = [tree.root]
        // (node, entering) events of an iterative depth-first walk.
        var stack: [(Int, Bool)] = [(tree.root, true)]
        while let (node, entering) = stack.popLast() {
            if removed[node] { continue }
            if tree.tagCode[node] == 0 {
                state.append(tree.text[node], preformatted: state.preDepth > 0, inLink: state.linkDepth > 0)
                continue
            }
            let tag = tree.tag[node]
            let isBlock = blockTag[tree.tagCode[node]]
            if entering {
                if isBlock {
                    state.flush(owner: owners.last!, tree: tree, rules: rules)
                    owners.append(node)
                }
                switch tag {
                case "br": state.lineBreak()
                case "a": state.linkDepth += 1
                case "pre": state.preDepth += 1
                default: break
                }
                stack.append((node, false))
                for child in tree.children[node].reversed() { stack.append((child, true)) }
            } else {
                switch tag {
                case "a": state.linkDepth -= 1
                case "pre": state.preDepth -= 1
                default: break
                }
                if isBlock {
                    state.flush(owner: owners.last!, tree: tree, rules: rules)
                    owners.removeLast()
                }
            }
        }
        state.flush(owner: owners.last!, tree: tree, rules: rules)
        return state.blocks
    }

    private struct State {
        var blocks: [TextBlock] = []
        var buffer: [UInt8] = []
        var linkLength = 0
        var linkDepth = 0
        var preDepth = 0
        var pendingSpace = false
        /// For each tag code, whether the rules call it a heading.
        var headingTag: [Bool] = []

        mutating func append(_ text: String, preformatted: Bool, inLink: Bool) {
            let before = buffer.count
            for byte in text.utf8 {
                if preformatted {
                    buffer.append(byte)
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace {
                        if let last = buffer.last, last != 0x0A { buffer.append(0x20) }
                        pendingSpace = false
                    }
                    buffer.append(byte)
                }
            }
            if inLink { linkLength += buffer.count - before }
        }

        mutating func lineBreak() {
            pendingSpace = false
            if !buffer.isEmpty && buffer.last != 0x0A { buffer.append(0x0A) }
        }

        mutating func flush(owner: Int, tree: ContentTree, rules: ExtractionRules) {
            defer { buffer.removeAll(keepingCapacity: true); linkLength = 0; pendingSpace = false }
            var start = 0
            var end = buffer.count
            while start < end && (buffer[start] == 0x20 || buffer[start] == 0x0A) { start += 1 }
            while end > start && (buffer[end - 1] == 0x20 || buffer[end - 1] == 0x0A) { end -= 1 }
            guard start < end else { return }
            let text = String(decoding: buffer[start..<end], as: UTF8.self)
            let tag = tree.tag[owner]
            blocks.append(TextBlock(
                text: text, owner: owner, length: end - start, linkLength: min(linkLength, end - start),
                isHeading: headingTag[tree.tagCode[owner]],
                isListOrCell: tag == "li" || tag == "td" || tag == "th" || tag == "dd" || tag == "dt"
            ))
        }
    }
}
