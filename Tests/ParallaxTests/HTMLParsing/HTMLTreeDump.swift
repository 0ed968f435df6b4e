@testable import Parallax

/// Prints a parsed tree one node per line, indented by depth, for golden tests.
enum HTMLTreeDump {
    static func dump(_ document: HTMLDocument) -> String {
        var lines: [String] = []
        var pending: [(node: Int, depth: Int)] = [(document.root, 0)]
        while let (index, depth) = pending.popLast() {
            let node = document.nodes[index]
            let indent = String(repeating: "  ", count: depth)
            switch node.kind {
            case .document: lines.append(indent + "#document")
            case .doctype: lines.append(indent + "<!DOCTYPE>")
            case .comment: lines.append(indent + "<!--" + escaped(node.text) + "-->")
            case .text: lines.append(indent + "\"" + escaped(node.text) + "\"")
            case .element:
                let attributes = node.attributes.map { " \($0.name)=\"\(escaped($0.value))\"" }.joined()
                lines.append(indent + "<" + node.name + attributes + ">")
            }
            for child in node.children.reversed() { pending.append((child, depth + 1)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ html: String) -> String {
        dump(HTMLParser().parse(Array(html.utf8)))
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
