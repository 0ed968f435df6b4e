/// Builds the node arena from tokens, repairing the markup the way browsers do in the cases that
/// matter for text: implied end tags, void elements, ignored stray end tags, end tags that close the
/// elements left open inside them, and a depth cap so pathological nesting stays flat.
///
/// In XML mode (feeds) none of the HTML rules apply: every element may self-close, end tags close
/// the nearest open element of the same name, and the mismatches are counted for diagnostics.
struct HTMLTreeBuilder<Sink: HTMLTreeSink> {
    /// The nodes made so far.
    private(set) var sink: Sink
    /// The sink's index of the document node.
    private let documentIndex: Int
    /// The open elements, outermost first; the document node is implicit below them.
    private var open = HTMLOpenElements()
    private var pendingText: [UInt8] = []
    private var seenHTML = false, seenHead = false, seenBody = false
    private let maxDepth: Int
    private let xml: Bool

    /// End tags that matched no open element (XML mode reports them).
    private(set) var strayEndTags: [String] = []

    init(sink: Sink, maxDepth: Int, xml: Bool = false) {
        var sink = sink
        documentIndex = sink.add(.document, name: "", tag: -1, attributes: [], text: "", parent: nil)
        self.sink = sink
        self.maxDepth = maxDepth
        self.xml = xml
    }

    /// Names of the elements still open, outermost first.
    var unclosedElements: [String] { open.names }

    private var current: Int { open.indices.last ?? documentIndex }

    mutating func consume(_ token: HTMLToken, in bytes: UnsafeBufferPointer<UInt8>) {
        switch token {
        case let .text(range, decodes):
            if decodes {
                HTMLEntityDecoder.append(bytes, range, to: &pendingText, inAttribute: false)
            } else {
                pendingText.append(contentsOf: bytes[range])
            }
        case let .cdata(range):
            pendingText.append(contentsOf: bytes[range])
        case let .comment(range):
            add(.comment, text: String(decoding: bytes[range], as: UTF8.self))
        case .doctype:
            add(.doctype)
        case let .startTag(name, tag, attributes, selfClosing, info):
            if xml {
                openElement(name, tag, attributes, traits: [], selfClosing: selfClosing)
            } else {
                htmlStart(name, tag, attributes, selfClosing, info)
            }
        case let .endTag(name, tag, info):
            if xml { close(name, tag, scope: nil) } else { htmlEnd(name, tag, info) }
        case .end:
            flushText()
        }
    }

    /// Adds the text still buffered; `sink` then holds the whole tree.
    mutating func finish() {
        flushText()
    }

    // MARK: HTML rules

    private mutating func htmlStart(_ name: String, _ tag: Int, _ attributes: [HTMLAttribute], _ selfClosing: Bool, _ info: HTMLTagInfo) {
        switch info.special {
        case .html:
            if seenHTML { return }
            seenHTML = true
        case .head:
            if seenHead || seenBody { return }
            seenHead = true
        case .body:
            if seenBody { return }
            seenBody = true
            close("head", HTMLKnownTag.head, scope: .normal)
        case .listItem:
            closeImplied(HTMLKnownTag.li, scope: .listItem)
        case .definition:
            closeImplied(HTMLKnownTag.definitionTags, scope: .listItem)
        case .option:
            if open.lastTag == HTMLKnownTag.option { popTo(open.count - 1) }
        case .optgroup:
            if open.lastTag == HTMLKnownTag.option { popTo(open.count - 1) }
            if open.lastTag == HTMLKnownTag.optgroup { popTo(open.count - 1) }
        case .row:
            closeImplied(HTMLKnownTag.cellTags, scope: .table)
            closeImplied(HTMLKnownTag.tr, scope: .table)
        case .cell:
            closeImplied(HTMLKnownTag.cellTags, scope: .table)
        case .tableSection:
            closeImplied(HTMLKnownTag.tablePartTags, scope: .table)
        case .anchor:
            closeImplied(HTMLKnownTag.a, scope: .normal)
        case .button:
            closeImplied(HTMLKnownTag.button, scope: .normal)
        case .none:
            break
        }
        let traits = info.traits
        if open.lastTag == HTMLKnownTag.head, !traits.contains(.belongsInHead) { popTo(open.count - 1) }
        if traits.contains(.closesParagraph) { closeImplied(HTMLKnownTag.p, scope: .button) }
        if traits.contains(.heading), open.lastTraits.contains(.heading) { popTo(open.count - 1) }
        let empty = traits.contains(.void)
            || (selfClosing && (open.foreignDepth > 0 || traits.contains(.foreignRoot)))
        if tag == HTMLKnownTag.image {
            openElement("img", HTMLKnownTag.img, attributes, traits: HTMLTagInfo.lookup("img").traits, selfClosing: true)
        } else {
            openElement(name, tag, attributes, traits: traits, selfClosing: empty)
        }
    }

    private mutating func htmlEnd(_ name: String, _ tag: Int, _ info: HTMLTagInfo) {
        switch info.special {
        case .body, .html:
            // Content after </body> still belongs to the body, as in browsers; the tags close nothing.
            return
        default:
            if tag == HTMLKnownTag.br {
                openElement("br", HTMLKnownTag.br, [], traits: info.traits, selfClosing: true)
            } else {
                close(name, tag, scope: info.endTagScope)
            }
        }
    }

    // MARK: Stack operations

    private mutating func openElement(
        _ name: String, _ tag: Int, _ attributes: [HTMLAttribute], traits: HTMLTagInfo.Traits, selfClosing: Bool
    ) {
        let index = add(.element, name: name, tag: tag, attributes: attributes)
        guard !selfClosing, open.count < maxDepth else { return }
        open.push(index, name: name, tag: tag, traits: traits)
    }

    /// Closes the nearest open element named `name` (numbered `tag`) and everything inside it; nil scope searches the whole stack.
    private mutating func close(_ name: String, _ tag: Int, scope: HTMLElementRules.Scope?) {
        if let position = open.position(of: tag, in: scope) {
            popTo(position)
        } else if xml {
            strayEndTags.append(name)
        }
    }

    /// Closes the innermost of the elements numbered `tags` open in `scope`, with everything inside it.
    private mutating func closeImplied(_ tags: [Int], scope: HTMLElementRules.Scope) {
        var innermost: Int?
        for tag in tags {
            if let position = open.position(of: tag, in: scope), position > (innermost ?? -1) { innermost = position }
        }
        if let innermost { popTo(innermost) }
    }

    /// Closes the element numbered `tag` if it is open in `scope`, with everything inside it.
    private mutating func closeImplied(_ tag: Int, scope: HTMLElementRules.Scope) {
        if let position = open.position(of: tag, in: scope) { popTo(position) }
    }

    /// Pops the open element at stack `position` and all inside it.
    private mutating func popTo(_ position: Int) {
        flushText()
        open.pop(to: position)
    }

    @discardableResult
    private mutating func add(
        _ kind: HTMLNode.Kind, name: String = "", tag: Int = -1, attributes: [HTMLAttribute] = [], text: String = ""
    ) -> Int {
        // Text is buffered until the tree changes, so ignored tags do not split it into several nodes.
        if kind != .text { flushText() }
        return sink.add(kind, name: name, tag: tag, attributes: attributes, text: text, parent: current)
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        add(.text, text: String(decoding: pendingText, as: UTF8.self))
        pendingText.removeAll(keepingCapacity: true)
    }
}
