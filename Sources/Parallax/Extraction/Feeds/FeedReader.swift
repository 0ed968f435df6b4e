/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into one `RawDocument` per item, tolerating broken XML.
///
/// The feed is parsed by the HTML tokenizer in XML mode (no HTML repair rules, CDATA as text), so a
/// truncated or malformed feed still yields the items that could be read, plus an error diagnostic.
package struct FeedReader {
    /// Nesting beyond this is flattened, as in `HTMLParser`.
    static let maxDepth = 512

    package init() {}

    /// The feed's items as HTML documents with their declared metadata, and what went wrong.
    package func read(_ bytes: [UInt8], origin: String) -> ([RawDocument], [Diagnostic]) {
        let utf8 = HTMLEncoding.utf8Bytes(of: bytes).bytes
        let parsed = HTMLParser.parseUTF8(utf8, maxDepth: Self.maxDepth, xml: true)
        let tree = FeedTree(document: parsed.document)
        var diagnostics: [Diagnostic] = []
        guard let root = tree.rootElement else {
            return ([], [Diagnostic(.error, origin: origin, message: "not a feed: no root element")])
        }
        let rootName = tree.document.nodes[root].name
        let isAtom = rootName == "feed"
        guard isAtom || rootName == "rss" || rootName == "rdf:rdf" else {
            return ([], [Diagnostic(.error, origin: origin, message: "not a feed: root element is <\(rootName)>")])
        }
        if let stray = parsed.strayEndTags.first {
            let more = parsed.strayEndTags.count > 1 ? " (and \(parsed.strayEndTags.count - 1) more)" : ""
            diagnostics.append(Diagnostic(.error, origin: origin, message: "broken XML: end tag </\(stray)> matches no open element\(more)"))
        }
        if !parsed.unclosed.isEmpty {
            let names = parsed.unclosed.map { "<\($0)>" }.joined(separator: " ")
            diagnostics.append(Diagnostic(.error, origin: origin, message: "broken XML: input ends inside \(names); kept the items read so far"))
        }
        let channel = isAtom ? root : (tree.child(of: root, named: "channel") ?? root)
        let publisher = tree.text(of: channel, child: "title")
        let language = tree.text(of: channel, child: "language", "dc:language")
            ?? tree.document.attribute("xml:lang", of: root)
        let reader = FeedItemReader(tree: tree)
        let nodes = tree.document.elements(named: isAtom ? "entry" : "item")
        var documents: [RawDocument] = []
        for (offset, node) in nodes.enumerated() {
            let number = offset + 1
            let item = isAtom ? reader.atomEntry(node) : reader.rssItem(node)
            guard let html = item.html else {
                diagnostics.append(Diagnostic(.warning, origin: origin, message: "item \(number) has no content; skipped"))
                continue
            }
            let declared = ArticleMetadata(
                title: item.title, publisher: publisher, authors: item.authors,
                published: item.published, url: item.link, language: language
            )
            let id = item.id ?? item.link ?? "\(origin)#\(number)"
            documents.append(RawDocument(
                id: ArticleID(id), origin: "\(origin)#\(number)", bytes: Array(html.utf8),
                format: .html, declared: declared
            ))
        }
        return (documents, diagnostics)
    }

    /// Whether the bytes start like a feed: the first element within 1 KB is `rss`, `feed` or `rdf:RDF`.
    package static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        let prefix = HTMLEncoding.utf8Bytes(of: Array(bytes.prefix(1024))).bytes
        return prefix.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(bytes: buffer, recognizesRawText: false)
            while true {
                switch tokenizer.next() {
                case let .startTag(name, _, _, _, _): return name == "rss" || name == "feed" || name == "rdf:rdf"
                case .end: return false
                default: continue
                }
            }
        }
    }
}
