/// Renders briefs as one standalone HTML page: inline CSS, no scripts, a section per story, citations linking to
/// the sources list, and every piece of article-derived text escaped by `HTMLEscaping`.
package struct HTMLRenderer: BriefRenderer {
    package init() {}

    package func render(_ briefs: [Brief]) -> String {
        let title = briefs.count == 1
            ? DisplayText.singleLine(briefs[0].headline)
            : "Parallax: " + DisplayText.count(briefs.count, "story", "stories")
        var lines = [
            "<!DOCTYPE html>",
            "<html>",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLEscaping.escape(title))</title>",
            "<style>",
            HTMLStyleSheet.css,
            "</style>",
            "</head>",
            "<body>",
            "<main>",
        ]
        if briefs.isEmpty { lines.append("<p class=\"meta\">No stories.</p>") }
        if briefs.count > 1 { lines += contents(briefs) }
        let anchors = Dictionary(briefs.enumerated().map { ($0.element.story, "story-\($0.offset + 1)") }) { first, _ in first }
        for (index, brief) in briefs.enumerated() {
            var writer = HTMLBriefWriter(brief: brief, anchor: "story-\(index + 1)", anchors: anchors)
            writer.write()
            lines += writer.lines
        }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A list of the stories at the top of a page that holds several.
    private func contents(_ briefs: [Brief]) -> [String] {
        var lines = ["<nav>", "<ol>"]
        for (index, brief) in briefs.enumerated() {
            lines.append("<li><a href=\"#story-\(index + 1)\">\(HTMLEscaping.escape(DisplayText.singleLine(brief.headline)))</a></li>")
        }
        return lines + ["</ol>", "</nav>"]
    }
}
