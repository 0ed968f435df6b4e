import Testing
@testable import Parallax

/// Several stories in one output: each keeps its own numbering and, in HTML, its own anchors.
@Suite struct MultipleStoryTests {
    @Test func htmlGivesEachStoryItsOwnAnchorsAndAContentsList() {
        let html = HTMLRenderer().render([SampleBrief.make(), HostileBrief.make(url: "https://ok.example/")])
        #expect(html.contains("<title>Parallax: 2 stories</title>"))
        #expect(html.contains("<li><a href=\"#story-2\">Headline &lt;script&gt;"))
        #expect(html.contains("<article class=\"story\" id=\"story-2\">"))
        #expect(html.contains("<li id=\"story-2-source-1\">"))
        #expect(html.contains("<a href=\"#story-2-source-1\">[1]</a>"))
        #expect(html.contains("<a href=\"#story-1-source-3\">[3]</a>"))
    }

    @Test func htmlLinksRelatedCoverageToTheStoriesOnThePage() {
        let sample = SampleBrief.make()
        let other = HostileBrief.make(url: "https://ok.example/")
        let relating = sample.relating([RelatedStory(story: other.story, headline: "Other story", articleCount: 2)])
        let html = HTMLRenderer().render([relating, other])
        #expect(html.contains("<li><a href=\"#story-2\">Other story</a> (2 articles, story <code>"))
        // Alone on its page, the related story is named without a link.
        #expect(HTMLRenderer().render([relating]).contains("<li>Other story (2 articles, story <code>"))
    }

    @Test func textAndMarkdownSeparateStories() {
        let briefs = [SampleBrief.make(), SampleBrief.make()]
        let text = TextRenderer().render(briefs)
        #expect(text.components(separatedBy: "\n" + String(repeating: "─", count: 100) + "\n").count == 2)
        let markdown = MarkdownRenderer().render(briefs)
        #expect(markdown.components(separatedBy: "\n\n---\n\n# Harbor Bridge").count == 2)
    }
}
