import Testing
import Parallax

@Suite("Outlets")
struct OutletTests {
    @Test func aPublisherNamesTheOutletWhateverItsCaseAndSpacing() {
        let a = Outlet(publisher: " Reuters", url: "https://example.com/a", article: ArticleID("a"))
        let b = Outlet(publisher: "REUTERS", url: nil, article: ArticleID("b"))
        #expect(a.key == b.key)
        #expect(a.name == "Reuters")
        #expect(a.isNamed)
    }

    @Test func withoutAPublisherTheURLHostNamesIt() {
        let outlet = Outlet(publisher: "  ", url: "https://WWW.ApNews.com:443/article/x?y=1", article: ArticleID("a"))
        #expect(outlet.key == "h:apnews.com")
        #expect(outlet.name == "apnews.com")
    }

    @Test func withNeitherTheArticleStandsForItself() {
        let a = Outlet(publisher: nil, url: "relative/path.html", article: ArticleID("a.txt"))
        let b = Outlet(publisher: nil, url: nil, article: ArticleID("b.txt"))
        #expect(a.key == "a:a.txt")
        #expect(a.key != b.key)
        #expect(!a.isNamed)
    }
}
