import Testing
@testable import Parallax

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTMLEscaping.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(HTMLEscaping.escape(HostileBrief.script) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLEscaping.escape(HostileBrief.breakout) == "&quot; onmouseover=&quot;alert(1)")
        #expect(HTMLEscaping.escape("Ünïcödé — “quotes”") == "Ünïcödé — “quotes”")
    }

    @Test func linksOnlyHTTPAndHTTPS() {
        #expect(HTMLEscaping.linkableURL("https://news.example/a?b=1&c=2") == "https://news.example/a?b=1&c=2")
        #expect(HTMLEscaping.linkableURL("HTTP://NEWS.EXAMPLE/") == "HTTP://NEWS.EXAMPLE/")
        for hostile in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x",
            "https:///no-host", "http://", "https://ok.example/\"><script>alert(1)</script>",
            "https://ok.example/ onerror=alert(1)", "https://ok.example/'x", "ftp://files.example/a",
        ] {
            #expect(HTMLEscaping.linkableURL(hostile) == nil, "\(hostile) must not become a link")
        }
    }

    @Test(arguments: ["javascript:alert(document.cookie)", "https://ok.example/\"><img src=x onerror=alert(1)>"])
    func hostilePageHasNoMarkupFromArticles(url: String) {
        let html = HTMLRenderer().render([HostileBrief.make(url: url)])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("\" onmouseover"))
        #expect(!html.contains("'x'"))
        // The bad URL is still shown, as text, so the reader sees what the source claimed.
        #expect(html.contains("<code>\(HTMLEscaping.escape(url))</code>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        // Every href is either an in-page anchor or nothing at all: the only external URL here is hostile.
        let hrefs = html.components(separatedBy: "href=\"").dropFirst()
        #expect(hrefs.allSatisfy { $0.hasPrefix("#story-1") })
    }

    @Test func safeURLBecomesAnEscapedLink() {
        let html = HTMLRenderer().render([HostileBrief.make(url: "https://ok.example/a?b=1&c=2")])
        #expect(html.contains("<a href=\"https://ok.example/a?b=1&amp;c=2\">Title &lt;script&gt;"))
    }
}
