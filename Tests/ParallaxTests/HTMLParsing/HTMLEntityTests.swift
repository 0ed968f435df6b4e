import Testing
@testable import Parallax

@Suite struct HTMLEntityTests {
    private func text(_ html: String) -> String {
        let document = HTMLParser().parse(Array(html.utf8))
        return document.text(of: document.root)
    }

    @Test func namedReferences() {
        #expect(text("a&nbsp;b &amp; c&mdash;d &rsquo;s &hellip; &euro;5 &auml;&Auml; &copy; &lt;p&gt; &quot;") ==
            "a\u{A0}b & c\u{2014}d \u{2019}s \u{2026} \u{20AC}5 äÄ © <p> \"")
    }

    @Test func numericReferences() {
        #expect(text("&#8217;&#x2019;&#X2019;&#65&#x41;") == "\u{2019}\u{2019}\u{2019}AA")
    }

    @Test func invalidCodePointsBecomeReplacementCharacters() {
        #expect(text("&#0;&#xD800;&#x110000;&#99999999999999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(text("&#150;&#x80;") == "\u{2013}\u{20AC}")
    }

    @Test func unknownAndMalformedReferencesStayLiteral() {
        #expect(text("&bogus; &; & &# &#x; AT&T &ampx") == "&bogus; &; & &# &#x; AT&T &ampx")
    }

    @Test func legacyNamesDecodeWithoutSemicolonInTextOnly() {
        #expect(text("&copy 2024 &amp more &mdash no") == "© 2024 & more &mdash no")
        let document = HTMLParser().parse(Array("<a href='?a=1&copy=2&amp;b=3&lt'>x</a>".utf8))
        #expect(document.attribute("href", of: document.elements(named: "a")[0]) == "?a=1&copy=2&b=3<")
    }
}
