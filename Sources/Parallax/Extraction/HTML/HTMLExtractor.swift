/// HTML page → main text and metadata, with boilerplate (navigation, sidebars, comments, share bars, related links) removed.
///
/// The page is parsed by `HTMLParser`, seen as a `ContentTree`, pruned by `BoilerplateFilter` (tag roles and
/// class/id markers kept as data in `ExtractionRules`), cut into `TextBlock`s by `BlockCollector`, and the main
/// text chosen by `ContentSelector`; `MetadataReader` reads the metadata.
package struct HTMLExtractor: Sendable {
    package let configuration: Configuration
    /// The rules' class/id marker lists compiled once for all pages.
    private let matcher: MarkerMatcher
    /// The line and call-to-action phrase lists, compiled once for all pages.
    private let lineFilter: BoilerplateLineFilter
    private let callToActionFilter: CallToActionFilter

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        matcher = MarkerMatcher(rules: configuration.rules)
        lineFilter = BoilerplateLineFilter(rules: configuration.rules)
        callToActionFilter = CallToActionFilter(rules: configuration.rules)
    }

    /// Extracts the main text and metadata of one page given as raw bytes (any common charset).
    package func extract(bytes: [UInt8], origin: String = "") -> ExtractedPage {
        let tree = ContentTree(bytes: bytes)
        return extract(tree: tree, origin: origin)
    }

    func extract(tree: ContentTree, origin: String) -> ExtractedPage {
        let rules = configuration.rules
        let strictRemoved = BoilerplateFilter(rules: rules, matcher: matcher).removedNodes(in: tree)
        var chosen = select(in: tree, removed: strictRemoved)
        let text = chosen.reduce(0) { $0 + $1.length }
        if text < configuration.lenientPassLength {
            // Little text: the article may sit in a box named like boilerplate ("entry-content-read-more",
            // "with-sidebar-right"). A pass that trusts no names wins when it finds much more dense text.
            let strictDense = denseLength(chosen)
            let relaxed = select(in: tree, removed: BoilerplateFilter(rules: rules, lenient: true, matcher: matcher).removedNodes(in: tree))
                // What the names call boilerplate may only bring its prose, not its comment forms and widget lines.
                .filter { !strictRemoved[$0.owner] || isDense($0) }
            let relaxedDense = denseLength(relaxed)
            if relaxedDense >= 2 * strictDense && relaxedDense >= strictDense + configuration.lenientPassGain { chosen = relaxed }
        }
        chosen = lineFilter.filter(chosen)
        chosen = callToActionFilter.filter(chosen)
        var diagnostics: [Diagnostic] = []
        if chosen.isEmpty {
            diagnostics.append(Diagnostic(.warning, origin: origin, message: "no main text found"))
        }
        return ExtractedPage(text: chosen.map(\.text).joined(separator: "\n\n"), metadata: MetadataReader().read(tree), diagnostics: diagnostics)
    }

    private func select(in tree: ContentTree, removed: [Bool]) -> [TextBlock] {
        let blocks = BlockCollector(rules: configuration.rules).collect(tree, removed: removed)
        return ContentSelector(configuration: configuration, matcher: matcher).select(blocks, in: tree)
    }

    /// Text in paragraphs long enough and with few enough links to be prose.
    private func denseLength(_ blocks: [TextBlock]) -> Int {
        blocks.reduce(0) { $0 + (isDense($1) ? $1.length : 0) }
    }

    private func isDense(_ block: TextBlock) -> Bool {
        block.length >= 60 && block.linkDensity < 0.33
    }
}
