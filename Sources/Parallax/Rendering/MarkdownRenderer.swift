/// Renders briefs as Markdown: a `#` heading per story, `##` sections, `[n]` citations into a numbered Sources list,
/// and every statement's place in its article as `id:start-end` (UTF-8 bytes).
package struct MarkdownRenderer: BriefRenderer {
    package init() {}

    package func render(_ briefs: [Brief]) -> String {
        guard !briefs.isEmpty else { return "_No stories._\n" }
        let documents = briefs.map { brief in
            var writer = MarkdownBriefWriter(brief: brief)
            writer.write()
            return writer.lines.joined(separator: "\n")
        }
        return documents.joined(separator: "\n\n---\n\n") + "\n"
    }
}
