extension ContentTree {
    /// The page parsed straight into a content tree (the parser's `HTMLDocument` is never built).
    init(bytes: [UInt8], parser: HTMLParser.Configuration = .default) {
        self = HTMLParser.parse(bytes, into: ContentTree(), maxDepth: parser.maxDepth)
        linkChildren()
    }

    /// The parser's document seen as a content tree: comments and doctypes left out, class and id joined into a marker.
    init(document: HTMLDocument) {
        self.init()
        var mapped = [Int](repeating: -1, count: document.nodes.count)
        for (index, node) in document.nodes.enumerated() {
            let parent = node.parent.map { mapped[$0] } ?? -1
            switch node.kind {
            case .document:
                mapped[index] = add(tag: "#document", text: "", parent: parent, marker: "", hidden: false)
                if parent < 0 { root = mapped[index] }
            case .text:
                guard parent >= 0 else { continue }
                mapped[index] = add(tag: "", text: node.text, parent: parent, marker: "", hidden: false)
            case .element:
                guard parent >= 0 || index == 0 else { continue }
                mapped[index] = addElement(node.name, code: code(of: node.name), node.attributes, parent: parent)
            case .comment, .doctype:
                continue
            }
        }
        linkChildren()
    }

    /// An element with its marker, hidden flag and kept attributes.
    private mutating func addElement(_ name: String, code: Int, _ attributes: [HTMLAttribute], parent: Int) -> Int {
        var marker = ""
        var hidden = false
        for attribute in attributes {
            switch Self.role(ofAttribute: attribute.name) {
            case .marker:
                if !attribute.value.isEmpty {
                    let lowered = Self.lowercased(attribute.value)
                    if marker.isEmpty { marker = lowered } else { marker += " " + lowered }
                }
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || attribute.value.lowercased() == "true"
            case .style: hidden = hidden || Self.hidesElement(attribute.value)
            case .kept: keep(attribute.name, attribute.value)
            case .ignored: break
            }
        }
        return add(tag: name, code: code, text: "", parent: parent, marker: marker, hidden: hidden)
    }

    /// What the content tree does with an attribute.
    enum AttributeRole { case marker, hidden, ariaHidden, style, kept, ignored }

    /// `class` and `id` make the marker; `hidden`, `aria-hidden` and `style` can hide the element; the kept ones,
    /// for the metadata reader, are `lang content name property href rel datetime type itemprop pubdate http-equiv`
    /// (the rest are dropped to keep the tree small). Decided by length and bytes: it runs for every attribute of
    /// the page, where a switch on strings costs a comparison per case.
    static func role(ofAttribute name: String) -> AttributeRole {
        var name = name
        return name.withUTF8 { bytes -> AttributeRole in
            func equals(_ literal: StaticString) -> Bool {
                guard literal.utf8CodeUnitCount == bytes.count else { return false }
                let pointer = literal.utf8Start
                for index in 0..<bytes.count where bytes[index] != pointer[index] { return false }
                return true
            }
            switch bytes.count {
            case 2: return equals("id") ? .marker : .ignored
            case 3: return equals("rel") ? .kept : .ignored
            case 4: return equals("lang") || equals("name") || equals("href") || equals("type") ? .kept : .ignored
            case 5: return equals("class") ? .marker : equals("style") ? .style : .ignored
            case 6: return equals("hidden") ? .hidden : .ignored
            case 7: return equals("content") || equals("pubdate") ? .kept : .ignored
            case 8: return equals("property") || equals("datetime") || equals("itemprop") ? .kept : .ignored
            case 10: return equals("http-equiv") ? .kept : .ignored
            case 11: return equals("aria-hidden") ? .ariaHidden : .ignored
            default: return .ignored
            }
        }
    }

    /// `text.lowercased()`, without a copy when the text is ASCII with no capitals (most class names).
    static func lowercased(_ text: String) -> String {
        var needsCopy = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { needsCopy = true }
        }
        return needsCopy ? text.lowercased() : text
    }

    /// An inline style with `display:none` or `visibility:hidden`.
    static func hidesElement(_ style: String) -> Bool {
        var compact: [UInt8] = []
        for byte in style.utf8 where byte != 0x20 { compact.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
        return BoilerplateFilter.contains(compact, "display:none") || BoilerplateFilter.contains(compact, "visibility:hidden")
    }
}

/// The tree builder fills a content tree as it does an `HTMLDocument`, with the same reading as `init(document:)`.
extension ContentTree: HTMLTreeSink {
    mutating func add(_ kind: HTMLNode.Kind, name: String, tag: Int, attributes: [HTMLAttribute], text: String, parent: Int?) -> Int {
        switch kind {
        case .document:
            let index = add(tag: "#document", text: "", parent: parent ?? -1, marker: "", hidden: false)
            if parent == nil { root = index }
            return index
        case .text:
            guard let parent, parent >= 0 else { return -1 }
            return add(tag: "", text: text, parent: parent, marker: "", hidden: false)
        case .element:
            guard let parent, parent >= 0 else { return -1 }
            return addElement(name, code: elementCode(name, tag: tag), attributes, parent: parent)
        case .comment, .doctype:
            return -1
        }
    }

    /// The code of an element's name, through the parser's number when it was met before (no hashing).
    private mutating func elementCode(_ name: String, tag: Int) -> Int {
        guard tag >= 0 else { return code(of: name) }
        if tag < codeByParserTag.count, codeByParserTag[tag] >= 0 { return codeByParserTag[tag] }
        let code = code(of: name)
        if tag >= codeByParserTag.count {
            codeByParserTag.append(contentsOf: repeatElement(-1, count: tag + 1 - codeByParserTag.count))
        }
        codeByParserTag[tag] = code
        return code
    }

    static func usesValue(ofAttribute name: String) -> Bool {
        switch role(ofAttribute: name) {
        case .marker, .ariaHidden, .style, .kept: return true
        case .hidden, .ignored: return false
        }
    }
}
