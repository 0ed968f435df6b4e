import Foundation
import Testing
@testable import Parallax

@Suite("ArticleAnalyzer")
struct ArticleAnalyzerTests {
    let text = """
        Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for a two-day visit.

        “Our ties are strong,” Lavrov said. Trade reached $240.1 billion in 2023, up 26.3%.
        """

    @Test func analyzesEverythingIntoSpans() {
        let published = CalendarDate(year: 2024, month: 4, day: 9)
        let analyzed = ArticleAnalyzer().analyze(AnalysisTestText.article(text, published: published))
        #expect(!analyzed.tokens.isEmpty)
        #expect(analyzed.sentences.count == 3)
        #expect(analyzed.entities.filter { $0.kind == .person }.map(\.canonical) == ["Sergei Lavrov", "Sergei Lavrov"])
        #expect(analyzed.quotes.map(\.speaker) == ["Sergei Lavrov"])
        #expect(analyzed.numbers.map(\.text) == ["two-day", "$240.1 billion", "26.3%"])
        #expect(analyzed.dates.map(\.resolved?.description) == ["2024-04-08", "2023"])
        for number in analyzed.numbers { #expect(analyzed.article.text(of: number.span) == number.text) }
        for entity in analyzed.entities { #expect(analyzed.article.text(of: entity.span) == entity.text) }
        for quote in analyzed.quotes { #expect(analyzed.article.text(of: quote.span) == quote.text) }
    }

    @Test func withoutPublicationDateDatesStayUnresolved() {
        let analyzed = ArticleAnalyzer().analyze(AnalysisTestText.article(text))
        #expect(analyzed.dates.map(\.resolved) == [nil, CalendarDate(year: 2023)])
    }

    @Test func sameInputSameOutput() {
        let first = ArticleAnalyzer().analyze(AnalysisTestText.article(text))
        let second = ArticleAnalyzer().analyze(AnalysisTestText.article(text))
        #expect(first.entities == second.entities)
        #expect(first.quotes == second.quotes)
        #expect(first.numbers == second.numbers)
        #expect(first.dates == second.dates)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_MEASURE"] != nil, "set PARALLAX_MEASURE to time the analysis"))
    func measureThroughput() {
        let long = String(repeating: text + "\n\n", count: 400)
        let article = AnalysisTestText.article(long)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = ArticleAnalyzer().analyze(article) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("analysis: \(long.utf8.count) bytes in \(seconds) s = \(Double(long.utf8.count) / seconds / 1e6) MB/s")
        let segmentation = TextSegmenter().segment(long, article: article.id)
        var analysisText: AnalysisText?
        print("text stage", clock.measure { _ = TextSegmenter().segment(long, article: article.id) })
        print("words", clock.measure { analysisText = AnalysisText(article: article.id, text: long, sentences: segmentation.sentences) })
        let prepared = analysisText!
        print("dates", clock.measure { _ = DateExtractor().extract(prepared, anchor: nil) })
        print("numbers", clock.measure { _ = NumberExtractor().extract(prepared) })
        var entities: [EntityMention] = []
        print("entities", clock.measure { entities = EntityRecognizer().recognize(prepared) })
        print("quotes", clock.measure { _ = QuoteExtractor().extract(prepared, entities: entities) })
    }
}
