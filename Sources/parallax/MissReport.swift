import Foundation

import Foundation

import Parallax
import ParallaxEvaluation

/// A readable account of one page's missed must-keep and leaked must-drop segments, for tuning (written outside the repo).
enum MissReport {
    static func describe(page: ExtractionBenchmark.Page, output: String) -> String {
        let text = WhitespaceCollapser.collapse(output)
        var lines = ["=== \(page.path)  \(page.url)"]
        for segment in page.with where !text.contains(WhitespaceCollapser.collapse(segment)) { lines.append("MISSED  \(segment)") }
        for segment in page.without where text.contains(WhitespaceCollapser.collapse(segment)) { lines.append("LEAKED  \(segment)") }
        lines.append("--- output (\(output.utf8.count) bytes)")
        lines.append(String(output.prefix(3000)))
        return lines.joined(separator: "\n") + "\n\n"
    }
}
