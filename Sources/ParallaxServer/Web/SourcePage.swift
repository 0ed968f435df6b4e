import Parallax

/// A page with one part of one source's text, highlighted as on the story page, for texts and stories too long
/// to show whole there.
enum SourcePage {
    /// The page of part `part` of source `number` (1-based) of the brief; `article` is nil when its text is not stored.
    static func render(brief: Brief, number: Int, article: Article?, part: SourcePart) -> String {
        let source = brief.sources[number - 1]
        let index = StoryPageRenderer(brief: brief, summary: nil, articles: [:]).citations()
        let story = CitationIndex.storyPage(of: brief.story)
        let card = SourceCard.render(
            source, number: number, article: article, spans: index.spans[source.article] ?? [], index: index,
            part: part, standalone: true)
        let body = """
            <article class="story">
            <nav class="crumbs"><a href="\(story)">← \(HTMLEscaping.escape(brief.headline))</a></nav>
            <section id="sources" class="sources">
            \(card)</section>
            </article>
            """
        return PageLayout.page(title: "\(SourceCard.title(of: source, article: article)) · part \(part.number) · Parallax", body: body)
    }
}
