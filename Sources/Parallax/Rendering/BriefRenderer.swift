/// Rendering: turns finished `Brief` values into output without computing anything.
///
/// `TextRenderer` (terminal), `MarkdownRenderer`, `JSONRenderer` (with `BriefDocument`, the versioned wrapper)
/// and `HTMLRenderer` (with `HTMLEscaping`) all conform to `BriefRenderer`; they are internal to the package, and
/// an app gets one from `BriefFormat.renderer()` and treats them alike. They keep the Brief's order everywhere; grouping for display (quotes by speaker,
/// copies by original) keeps the order of first appearance.

/// Turns briefs into one output string; the same briefs always give byte-identical output.
public protocol BriefRenderer: Sendable {
    func render(_ briefs: [Brief]) -> String
}
