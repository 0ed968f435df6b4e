/// Renders briefs for a terminal: headline, numbered summary with source markers, one section per kind of finding.
package struct TextRenderer: BriefRenderer {
    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    package func render(_ briefs: [Brief]) -> String {
        guard !briefs.isEmpty else { return "No stories.\n" }
        var lines: [String] = []
        for (index, brief) in briefs.enumerated() {
            if index > 0 {
                lines += ["", String(repeating: "─", count: configuration.width), ""]
            }
            var writer = TextBriefWriter(brief: brief, configuration: configuration)
            writer.write()
            lines += writer.lines
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
