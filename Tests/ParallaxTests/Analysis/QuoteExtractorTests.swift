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

    @Test func aStraightQuoteTypedAfterASpaceClosesTheOpenQuotation() {
        // Quotation marks alternate: after the quotation's final punctuation, or between spaces, a straight
        // mark closes what is open even with a space before it and none after.
        let found = quotes("In a statement, Tom Berg said, \"the plan is wrong. \"Berg was referring to a memo. "
            + "\"We will vote, \" Anna Lind said. \"It is late \" for them, she added.")
        #expect(found.map(\.text) == ["the plan is wrong.", "We will vote,", "It is late"])
        #expect(found.map(\.speaker) == ["Tom Berg", "Anna Lind", "Anna Lind"])
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

@Suite("QuoteExtractor marks and verbs")
struct QuoteExtractorMarkTests {
    func quotes(_ text: String) -> [Quote] {
        let article = AnalysisTestText.article(text)
        return QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
    }

    @Test func guillemetsAndSingleQuotes() {
        let found = quotes("«Nous refusons», said Emmanuel Macron. Putin’s aide Yuri Ushakov called it ‘a useful talk’.")
        #expect(found.map(\.text) == ["Nous refusons", "a useful talk"])
        #expect(found.map(\.speaker) == ["Emmanuel Macron", "Yuri Ushakov"])
    }

    @Test func saidOfAndSpansPointIntoTheText() {
        let text = "Treasury Secretary Janet Yellen said of her visit that she had “difficult conversations” there."
        let article = AnalysisTestText.article(text)
        let found = QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
        #expect(found.map(\.speaker) == ["Janet Yellen"])
        #expect(found.first.map { article.text(of: $0.span) } == "difficult conversations")
        #expect(found.first?.speakerSpan.map { article.text(of: $0) } == "Janet Yellen")
    }
}

@Suite("QuoteExtractor previous sentence")
struct QuoteExtractorPreviousSentenceTests {
    @Test func quoteAfterAnAttributedSentence() {
        let article = AnalysisTestText.article(
            "Secretary of State Hillary Clinton promised help. “We are offering our full assistance.” Aid arrived.")
        let found = QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
        #expect(found.map(\.speaker) == ["Hillary Clinton"])
    }

    @Test func placeBeforeAName() {
        let found = EntityRecognizer().recognize(AnalysisTestText.article("The prime minister of the United Kingdom Gordon Brown spoke."))
        #expect(found.map(\.text) == ["United Kingdom", "Gordon Brown"])
        #expect(found.map(\.kind) == [.place, .person])
    }
}

@Suite("QuoteExtractor robustness")
struct QuoteExtractorRobustnessTests {
    @Test func oddMarksDoNotCrashAndKeepSpansInside() {
        let texts = [
            "\"", "“", "”", "‘’", "'quoted' isn't 'closed", "He said: “", "«»", "“a” “b” “c", "“é”, said Émile Zola.",
            "Rock 'n' roll, the '90s and “nested ‘single’ quotes” stay whole.",
        ]
        for text in texts {
            let article = AnalysisTestText.article(text)
            let quotes = QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
            for quote in quotes {
                #expect(quote.span.end <= text.utf8.count)
                #expect(article.text(of: quote.span) == quote.text)
            }
        }
        let nested = AnalysisTestText.article("He called them “nested ‘single’ quotes” yesterday.")
        #expect(QuoteExtractor().extract(from: nested, entities: []).map(\.text) == ["nested ‘single’ quotes"])
    }

    @Test func analyzerSurvivesUnusualText() {
        for text in ["", " ", "\n\n", "$", "$$5", "5%", "A.", "U.S.", "Mr.", "2024-04-09", "—", "’s", "O’Brien’s", "1,2,3"] {
            let analyzed = ArticleAnalyzer().analyze(AnalysisTestText.article(text))
            for number in analyzed.numbers { #expect(analyzed.article.text(of: number.span) == number.text) }
            for entity in analyzed.entities { #expect(analyzed.article.text(of: entity.span) == entity.text) }
        }
    }
}
