/// A small tolerant HTML reader that builds a `ContentTree` directly; a stand-in until `HTMLParser` is merged.
struct InterimTreeBuilder {
    static let voidTags: Set<String> = ["br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"]
    static let rawTextTags: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "template"]
    /// Opening one of these closes an open `p`.
    static let closesParagraph: Set<String> = ["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "header", "footer", "nav", "aside", "form", "dl", "figure", "hr", "main", "address"]
    static let keptAttributes: Set<String> = ["class", "id", "style", "hidden", "aria-hidden", "lang", "content", "name", "property", "href", "rel", "datetime", "type", "itemprop", "pubdate", "charset", "http-equiv"]

    static func build(_ bytes: [UInt8]) -> ContentTree {
        let text = decode(bytes)
        let b = Array(text.utf8)
        var tree = ContentTree()
        tree.root = tree.add(tag: "#root", text: "", parent: -1, marker: "", hidden: false)
        var open: [Int] = [tree.root]
        var i = 0
        var textStart = 0
        func flushText(_ end: Int) {
            if end > textStart {
                let raw = String(decoding: b[textStart..<end], as: UTF8.self)
                _ = tree.add(tag: "", text: EntityDecoder.decode(raw), parent: open.last!, marker: "", hidden: false)
            }
        }
        while i < b.count {
            guard b[i] == 0x3C, i + 1 < b.count else { i += 1; continue }
            let next = b[i + 1]
            if next == 0x21 {  // <! comment or doctype
                flushText(i)
                if i + 3 < b.count && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                    var j = i + 4
                    while j + 2 < b.count && !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                    i = min(b.count, j + 3)
                } else {
                    var j = i + 2
                    while j < b.count && b[j] != 0x3E { j += 1 }
                    i = j + 1
                }
                textStart = i
                continue
            }
            let isEnd = next == 0x2F
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < b.count, isLetter(b[nameStart]) else { i += 1; continue }
            flushText(i)
            var j = nameStart
            while j < b.count && !isSpace(b[j]) && b[j] != 0x3E && b[j] != 0x2F { j += 1 }
            let name = String(decoding: b[nameStart..<j], as: UTF8.self).lowercased()
            var attributes: [(name: String, value: String)] = []
            var selfClosing = false
            // attributes
            while j < b.count && b[j] != 0x3E {
                if isSpace(b[j]) { j += 1; continue }
                if b[j] == 0x2F { selfClosing = true; j += 1; continue }
                let aStart = j
                while j < b.count && !isSpace(b[j]) && b[j] != 0x3D && b[j] != 0x3E && !(b[j] == 0x2F && j + 1 < b.count && b[j + 1] == 0x3E) { j += 1 }
                let attributeName = String(decoding: b[aStart..<j], as: UTF8.self).lowercased()
                var value = ""
                while j < b.count && isSpace(b[j]) { j += 1 }
                if j < b.count && b[j] == 0x3D {
                    j += 1
                    while j < b.count && isSpace(b[j]) { j += 1 }
                    if j < b.count && (b[j] == 0x22 || b[j] == 0x27) {
                        let quote = b[j]
                        let vStart = j + 1
                        j += 1
                        while j < b.count && b[j] != quote { j += 1 }
                        value = String(decoding: b[vStart..<min(j, b.count)], as: UTF8.self)
                        j += 1
                    } else {
                        let vStart = j
                        while j < b.count && !isSpace(b[j]) && b[j] != 0x3E { j += 1 }
                        value = String(decoding: b[vStart..<j], as: UTF8.self)
                    }
                }
                if keptAttributes.contains(attributeName) { attributes.append((attributeName, EntityDecoder.decode(value))) }
                if j == aStart { j += 1 }
            }
            i = j + 1
            textStart = i
            if isEnd {
                if let index = open.lastIndex(where: { tree.tag[$0] == name }), index > 0 { open.removeSubrange(index...) }
                continue
            }
            if name == "p" || closesParagraph.contains(name), let index = open.lastIndex(where: { tree.tag[$0] == "p" }), index > 0,
               !open[index...].contains(where: { ["div", "td", "li", "table", "section", "article"].contains(tree.tag[$0]) && $0 != open[index] }) {
                open.removeSubrange(index...)
            }
            if name == "li", let index = open.lastIndex(where: { tree.tag[$0] == "li" }), index > 0,
               !open[index...].contains(where: { tree.tag[$0] == "ul" || tree.tag[$0] == "ol" }) {
                open.removeSubrange(index...)
            }
            var marker = ""
            var hidden = false
            for (attributeName, value) in attributes {
                switch attributeName {
                case "class", "id": marker += (marker.isEmpty ? "" : " ") + value.lowercased()
                case "hidden": hidden = true
                case "aria-hidden": hidden = hidden || value.lowercased() == "true"
                case "style":
                    let compact = value.lowercased().filter { $0 != " " }
                    hidden = hidden || compact.contains("display:none") || compact.contains("visibility:hidden")
                default: break
                }
            }
            let node = tree.add(tag: name, text: "", parent: open.last!, marker: marker, hidden: hidden)
            if !attributes.isEmpty { tree.attributes[node] = attributes }
            if rawTextTags.contains(name) {
                // Raw text runs to the matching end tag.
                let closing = Array("</\(name)".utf8)
                var k = i
                while k + closing.count <= b.count {
                    if b[k] == 0x3C && b[k + 1] == 0x2F {
                        var match = true
                        for offset in 2..<closing.count where b[k + offset] | 0x20 != closing[offset] { match = false; break }
                        if match { break }
                    }
                    k += 1
                }
                let end = min(k, b.count)
                if end > i {
                    let raw = String(decoding: b[i..<end], as: UTF8.self)
                    _ = tree.add(tag: "", text: name == "title" || name == "textarea" ? EntityDecoder.decode(raw) : raw, parent: node, marker: "", hidden: false)
                }
                var close = end
                while close < b.count && b[close] != 0x3E { close += 1 }
                i = close + 1
                textStart = i
                continue
            }
            if !selfClosing && !voidTags.contains(name) { open.append(node) }
        }
        flushText(min(i, b.count))
        return tree
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }

    /// UTF-8 when valid, otherwise Windows-1252 (a superset of Latin-1 in practice).
    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("charset=utf-8") || head.contains("charset=\"utf-8") {
            return String(decoding: bytes, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0, let mapped = windows1252[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
