/// HTML page → main text and metadata, with boilerplate (navigation, sidebars, comments, share bars, related links) removed.
///
/// The page is parsed by `HTMLParser`, seen as a `ContentTree`, pruned by `BoilerplateFilter` (tag roles and
/// class/id markers kept as data in `ExtractionRules`), cut into `TextBlock`s by `BlockCollector`, and the main
/// text chosen by `ContentSelector`; `MetadataReader` reads the metadata.
public struct HTMLExtractor: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Extracts the main text and metadata of one page given as raw bytes (any common charset).
    public func extract(bytes: [UInt8], origin: String = "") -> ExtractedPage {
        let tree = ContentTree(document: HTMLParser().parse(bytes))
        return extract(tree: tree, origin: origin)
    }

    func extract(tree: ContentTree, origin: String) -> ExtractedPage {
        let rules = configuration.rules
        let removed = BoilerplateFilter(rules: rules).removedNodes(in: tree)
        let blocks = BlockCollector(rules: rules).collect(tree, removed: removed)
        let chosen = ContentSelector(configuration: configuration).select(blocks, in: tree)
        var diagnostics: [Diagnostic] = []
        if chosen.isEmpty {
            diagnostics.append(Diagnostic(.warning, origin: origin, message: "no main text found"))
        }
        let text = chosen.map(\.text).joined(separator: "\n\n")
        return ExtractedPage(text: text, metadata: MetadataReader().read(tree), diagnostics: diagnostics)
    }
}
