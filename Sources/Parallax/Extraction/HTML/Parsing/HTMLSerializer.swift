/// Writes a subtree back as HTML, without recursion; feeds use it for Atom `type="xhtml"` content.
enum HTMLSerializer {
    /// The markup of `node`'s children (not the node itself).
    static func innerHTML(of node: Int, in document: HTMLDocument) -> String {
        var output = ""
        // Each entry is a node to open, or (negative) the index of an element to close.
        var pending: [Int] = document.nodes[node].children.reversed().map { $0 + 1 }
        while let entry = pending.popLast() {
            if entry < 0 { output += "</" + document.nodes[-entry - 1].name + ">"; continue }
            let index = entry - 1
            let current = document.nodes[index]
            switch current.kind {
            case .text: output += escaped(current.text, quotes: false)
            case .comment, .doctype, .document: continue
            case .element:
                output += "<" + current.name
                for attribute in current.attributes {
                    output += " " + attribute.name + "=\"" + escaped(attribute.value, quotes: true) + "\""
                }
                output += ">"
                if HTMLElementRules.isVoid(current.name) { continue }
                pending.append(-index - 1)
                pending.append(contentsOf: current.children.reversed().map { $0 + 1 })
            }
        }
        return output
    }

    static func escaped(_ text: String, quotes: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
