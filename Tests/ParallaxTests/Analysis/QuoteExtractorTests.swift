import Testing
@testable import Parallax

@Suite("QuoteExtractor")
struct QuoteExtractorTests {
    func quotes(_ text: String) -> [Quote] {
        let article = AnalysisTestText.article(text)
        return QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
    }

    @Test func speakerAfterTheQuote() {
        let found = quotes("“We will not give up,” Foreign Minister Sergei Lavrov said. “Never,” said Lavrov.")
        #expect(found.map(\.text) == ["We will not give up,", "Never,"])
        #expect(found.map(\.speaker) == ["Sergei Lavrov", "Sergei Lavrov"])
    }

    @Test func speakerBeforeTheQuoteWithTitle() {
        let found = quotes("On Monday, foreign ministry spokesman Mao Ning said, “China is neutral.” She added, “We want peace.”")
        #expect(found.map(\.speaker) == ["Mao Ning", "Mao Ning"])
        #expect(found.map(\.text) == ["China is neutral.", "We want peace."])
    }

    @Test func splitQuoteAndPronouns() {
        let text = "“Relations are good,” Wang Yi said. “They will get better.”\nJanet Yellen arrived later. “It was hard,” she added."
        let found = quotes(text)
        #expect(found.map(\.speaker) == ["Wang Yi", "Wang Yi", "Janet Yellen"])
    }

    @Test func mixedStraightAndCurlyMarks() {
        let found = quotes("“We are pleased with it,\" Lavrov told Xi. \"We are friends,” he added.")
        #expect(found.map(\.text) == ["We are pleased with it,", "We are friends,"])
        #expect(found.map(\.speaker) == ["Lavrov", "Lavrov"])
    }

    @Test func scareQuotesHaveNoSpeaker() {
        let found = quotes("The sides signed a “no limits” pact on ‘hot topics’. Putin’s allies disagreed.")
        #expect(found.map(\.text) == ["no limits", "hot topics"])
        #expect(found.map(\.speaker) == [nil, nil])
    }

    @Test func accordingToAndColon() {
        let found = quotes("Peace is “close,” according to Dmitry Peskov. Blinken: “We disagree.”")
        #expect(found.map(\.speaker) == ["Dmitry Peskov", "Blinken"])
    }

    @Test func unclosedQuoteIsDropped() {
        #expect(quotes("He said “this never ends\nNext paragraph.").isEmpty)
    }
}
