import Foundation
import Testing
@testable import Parallax

@Suite struct TextRendererTests {
    @Test func noLineIsWiderThanTheConfiguredWidth() {
        for width in [100, 60] {
            let text = TextRenderer(configuration: .init(width: width)).render([SampleBrief.make()])
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines where line.count > width {
                // Only a single unbreakable word (a URL) may overflow.
                #expect(line.trimmingCharacters(in: .whitespaces).split(separator: " ").count == 1,
                        "line wider than \(width): \(line)")
            }
        }
    }

    @Test func colorOnlyAddsEscapeCodes() {
        let brief = SampleBrief.make()
        let plain = TextRenderer().render([brief])
        let colored = TextRenderer(configuration: .init(useColor: true)).render([brief])
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[1mSummary\u{1B}[0m"))
        let stripped = colored.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    @Test func controlCharactersFromArticlesNeverReachTheTerminal() {
        let base = SampleBrief.make()
        let brief = Brief(
            story: base.story, headline: "Title\u{1B}]0;owned\u{07} with\ttab\nand newline", summary: base.summary,
            agreement: base.agreement, uniqueFacts: [], conflicts: [], quotes: [], entities: [], timeline: [],
            copies: [], sources: base.sources)
        let text = TextRenderer().render([brief])
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
        #expect(text.hasPrefix("Title ]0;owned with tab and newline\n"))
    }

    @Test func aCitationOfAnUnlistedArticleShowsItsID() {
        let base = SampleBrief.make()
        let stray = TextSpan(article: ArticleID("z9"), start: 0, end: 4)
        let brief = Brief(
            story: base.story, headline: base.headline,
            summary: [SummarySentence(text: "Something.", citations: [stray, SampleBrief.span("The", in: SampleBrief.other)])],
            agreement: [], uniqueFacts: [], conflicts: [], quotes: [], entities: [], timeline: [], copies: [],
            sources: base.sources)
        #expect(TextRenderer().render([brief]).contains("1. Something. [z9][3]\n"))
    }

    @Test func abbreviatesAtAWordBoundary() {
        #expect(DisplayText.abbreviated("one two three four", to: 12) == "one two…")
        #expect(DisplayText.abbreviated("short", to: 12) == "short")
        #expect(DisplayText.abbreviated("supercalifragilistic", to: 8) == "superca…")
    }

    @Test func groupsCopiesByOriginalInFirstAppearanceOrder() {
        let relations = [
            CopyRelation(copy: ArticleID("b"), original: ArticleID("x"), kind: .exact, jaccard: 1),
            CopyRelation(copy: ArticleID("c"), original: ArticleID("a"), kind: .rewrite, jaccard: 0.4),
            CopyRelation(copy: ArticleID("d"), original: ArticleID("x"), kind: .nearDuplicate, jaccard: 0.9),
        ]
        let groups = CopyGroup.grouping(relations)
        #expect(groups.map(\.original) == [ArticleID("x"), ArticleID("a")])
        #expect(groups.map(\.outletCount) == [2, 1])
    }

    @Test func emptyInputSaysSo() {
        #expect(TextRenderer().render([]) == "No stories.\n")
        #expect(MarkdownRenderer().render([]) == "_No stories._\n")
        #expect(HTMLRenderer().render([]).contains("<p class=\"meta\">No stories.</p>"))
    }
}
