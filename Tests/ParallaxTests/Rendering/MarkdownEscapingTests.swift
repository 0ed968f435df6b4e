import Testing
@testable import Parallax

@Suite struct MarkdownEscapingTests {
    @Test func escapesMarkupButKeepsPlainPunctuation() {
        #expect(MarkdownEscaping.escape("*bold* [link](javascript:x) <b>") == #"\*bold\* \[link\](javascript:x) \<b\>"#)
        #expect(MarkdownEscaping.escape("Smith & Sons, 5 > 3") == #"Smith & Sons, 5 \> 3"#)
        #expect(MarkdownEscaping.escape("AT&T &amp; &#38;") == ##"AT\&T \&amp; \&\#38;"##)
        #expect(MarkdownEscaping.escape("two\nlines") == "two lines")
    }

    @Test func codeSpansOutgrowBackticksInside() {
        #expect(MarkdownEscaping.code("a1") == "`a1`")
        #expect(MarkdownEscaping.code("a`b") == "`` a`b ``")
    }

    @Test func linksOnlySafeURLs() {
        #expect(MarkdownEscaping.destination("https://x.example/a_(b)") == "https://x.example/a_%28b%29")
        #expect(MarkdownEscaping.destination("javascript:alert(1)") == nil)
        let markdown = MarkdownRenderer().render([HostileBrief.make(url: "javascript:alert(1)")])
        #expect(!markdown.contains("](javascript"))
        #expect(markdown.contains("`javascript:alert(1)`"))
        // Outside code spans (where text is literal), every `<` is backslash-escaped: no tag reaches a viewer.
        let outsideCode = markdown.split(separator: "`", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        let characters = Array(outsideCode)
        let bare = characters.indices.filter { characters[$0] == "<" && ($0 == 0 || characters[$0 - 1] != "\\") }
        #expect(bare.isEmpty)
        #expect(markdown.contains(#"\<script\>"#))
    }
}
