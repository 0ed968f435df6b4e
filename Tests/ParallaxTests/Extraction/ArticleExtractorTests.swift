import Testing
@testable import Parallax

@Suite struct ArticleExtractorTests {
    let page = """
    <html><head><title>Bridge closed to trucks</title><script>var x = "<p>not text</p>";</script></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <header>Site header</header>
    <article><h1>Bridge closed to trucks</h1>
    <p>The council voted on Thursday to close the old bridge to heavy trucks &amp; buses, Reuters reported.</p>
    <p>Engineers said repairs would take&nbsp;six months &#8212; at least.</p>
    <p>Follow us on Facebook</p>
    <!-- <p>hidden comment</p> -->
    </article><aside>Most read</aside><footer>© The Courier</footer></body></html>
    """

    func raw(_ html: String, declared: ArticleMetadata = ArticleMetadata()) -> RawDocument {
        RawDocument(id: ArticleID("h"), origin: "h.html", bytes: Array(html.utf8), format: .html, declared: declared)
    }

    @Test func htmlPagesLoseNavigationScriptsAndFooters() {
        let article = ArticleExtractor().extract(raw(page))
        #expect(article.metadata.title == "Bridge closed to trucks")
        #expect(article.text == """
        The council voted on Thursday to close the old bridge to heavy trucks & buses, Reuters reported.

        Engineers said repairs would take six months — at least.
        """)
        #expect(article.wires.map(\.agency) == ["Reuters"])
    }

    @Test func htmlMainTextGetsThePlainTextPostCleaning() {
        let html = """
        <html><head><title>Headline</title><meta property="og:site_name" content="Page Publisher"></head><body>
        <article><h1>Headline</h1>
        <p>The council voted on Thursday to close the old bridge to heavy trucks and buses, according to AFP.</p>
        <p>Engineers said repairs to the cracked piers would take at least six months and cost the city millions.</p>
        <p>ALSO READ</p><p>Other story about something else…</p></article></body></html>
        """
        let article = ArticleExtractor().extract(raw(html, declared: ArticleMetadata(publisher: "Declared")))
        #expect(!article.text.contains("ALSO READ"))
        #expect(!article.text.contains("Other story"))
        #expect(article.text.hasPrefix("The council voted on Thursday"))
        #expect(article.metadata.publisher == "Declared")
        #expect(article.metadata.title == "Headline")
        #expect(article.wires.map(\.agency) == ["AFP"])
    }

    @Test func plainTextGoesThroughThePlainTextExtractor() {
        let text = "Bridge closed to trucks\n\nThe council voted on Thursday to close the old bridge to heavy trucks after cracks."
        let raw = RawDocument(id: ArticleID("p"), origin: "p.txt", bytes: Array(text.utf8), format: .plainText)
        let article = ArticleExtractor().extract(raw)
        #expect(article.metadata.title == "Bridge closed to trucks")
        #expect(article.id == ArticleID("p"))
    }
}
