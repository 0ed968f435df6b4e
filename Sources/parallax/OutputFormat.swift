import ArgumentParser
import Parallax

/// The output formats of `--format`, each backed by one renderer.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html

    func renderer(color: Bool) -> any BriefRenderer {
        switch self {
        case .text: TextRenderer(useColor: color)
        case .markdown: MarkdownRenderer()
        case .json: JSONRenderer()
        case .html: HTMLRenderer()
        }
    }
}
