/// The output formats a brief can be rendered in, as named on the command line (`--format`).
public enum BriefFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html

    /// The renderer for this format, with default settings (`useColor` only affects `text`).
    public func renderer(useColor: Bool = false) -> any BriefRenderer {
        switch self {
        case .text: TextRenderer(configuration: .init(useColor: useColor))
        case .markdown: MarkdownRenderer()
        case .json: JSONRenderer()
        case .html: HTMLRenderer()
        }
    }
}
