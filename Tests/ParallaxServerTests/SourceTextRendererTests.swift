import Testing
@testable import ParallaxServer

@Suite("Source text highlighting")
struct SourceTextRendererTests {
    @Test("spans are sliced by UTF-8 bytes, across multibyte characters")
    func multibyte() {
        // "Café " is 6 bytes: the span 6..<11 is "déjà" minus nothing: d(1) é(2) j(1) à(2) = 6 bytes → 6..<12.
        let html = SourceTextRenderer.render("Café déjà vu.", spans: [HighlightedSpan(start: 6, end: 12, anchor: "c1-6-12")])
        #expect(html == "<p>Café <span class=\"anchor\" id=\"c1-6-12\"></span><mark data-c=\"c1-6-12\">déjà</mark> vu.</p>\n")
    }

    @Test("overlapping spans cut the text into pieces marked with every covering span")
    func overlapping() {
        let html = SourceTextRenderer.render(
            "abcdefgh",
            spans: [HighlightedSpan(start: 1, end: 5, anchor: "x"), HighlightedSpan(start: 3, end: 7, anchor: "y")])
        #expect(html == """
            <p>a<span class="anchor" id="x"></span><mark data-c="x">bc</mark><span class="anchor" id="y"></span>\
            <mark data-c="x y">de</mark><mark data-c="y">fg</mark>h</p>

            """)
    }

    @Test("paragraphs split on blank lines; text is escaped; spans off the end or mid-character are clamped")
    func paragraphsAndEscaping() {
        let html = SourceTextRenderer.render(
            "<b>one</b>\n\n\ntwo é", spans: [HighlightedSpan(start: 18, end: 99, anchor: "z")])
        // Byte 18 is the second byte of "é" (bytes 17-18): the span starts at 17 instead.
        #expect(html == """
            <p>&lt;b&gt;one&lt;/b&gt;</p>
            <p>two <span class="anchor" id="z"></span><mark data-c="z">é</mark></p>

            """)
    }
}
