import Testing
@testable import Parallax

@Suite struct RendererGoldenTests {
    @Test func textMatchesGolden() {
        Golden.check(TextRenderer().render([SampleBrief.make()]), against: "sample.txt")
    }

    @Test func markdownMatchesGolden() {
        Golden.check(MarkdownRenderer().render([SampleBrief.make()]), against: "sample.md")
    }

    @Test func jsonMatchesGolden() {
        Golden.check(JSONRenderer().render([SampleBrief.make()]), against: "sample.json")
    }

    @Test func htmlMatchesGolden() {
        Golden.check(HTMLRenderer().render([SampleBrief.make()]), against: "sample.html")
    }

    /// Every article-derived string is hostile; the whole escaped page is pinned so a regression shows as a diff.
    @Test func hostileHTMLMatchesGolden() {
        Golden.check(HTMLRenderer().render([HostileBrief.make(url: "javascript:alert(1)")]), against: "hostile.html")
    }

    @Test func hostileMarkdownMatchesGolden() {
        Golden.check(MarkdownRenderer().render([HostileBrief.make(url: "javascript:alert(1)")]), against: "hostile.md")
    }

    @Test(arguments: BriefFormat.allCases) func renderingTwiceGivesTheSameBytes(format: BriefFormat) {
        let briefs = [SampleBrief.make(), SampleBrief.make()]
        let first = format.renderer().render(briefs)
        let second = format.renderer().render(briefs)
        #expect(Array(first.utf8) == Array(second.utf8))
        #expect(first.contains("Harbor Bridge reopens after two-year repair"))
    }
}
