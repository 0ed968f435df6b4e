import Foundation
import Testing
@testable import Parallax

@Suite struct ArticleTests {
    @Test func spansSliceTheTextByUTF8Offsets() {
        let article = Article(id: ArticleID("a"), origin: "a.txt", text: "Putin’s visit to Beijing.", metadata: ArticleMetadata())
        let range = article.text.range(of: "Beijing")!
        let span = article.span(of: range)
        #expect(span.start == 19)  // the apostrophe is three bytes
        #expect(article.text(of: span) == "Beijing")
    }
}
