import Testing
@testable import Parallax

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return TextSegmenter().segment(text, article: ArticleID("a")).sentences.map {
            String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)
        }
    }

    private func paragraphs(_ text: String) -> [Int] {
        TextSegmenter().segment(text, article: ArticleID("a")).sentences.map(\.paragraph)
    }

    @Test func splitsAtTerminalPunctuationBeforeCapitals() {
        #expect(sentences("Lavrov arrived. He met Xi! Was it useful? Yes… Talks went on.") ==
            ["Lavrov arrived.", "He met Xi!", "Was it useful?", "Yes…", "Talks went on."])
    }

    @Test func doesNotSplitBeforeLowerCase() {
        #expect(sentences("It was 5 p.m. in Beijing. who knows? nobody.") == ["It was 5 p.m. in Beijing. who knows? nobody."])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Lavrov met Dr. Wang and Gen. Li on Jan. 5 at No. 10 Downing St. Petersburg.") ==
            ["Mr. Lavrov met Dr. Wang and Gen. Li on Jan. 5 at No. 10 Downing St. Petersburg."])
        #expect(sentences("U.S. Treasury Secretary Janet Yellen visited the U.K. Foreign Office.") ==
            ["U.S. Treasury Secretary Janet Yellen visited the U.K. Foreign Office."])
    }

    @Test func ambiguousAbbreviationsEndBeforeFunctionWords() {
        #expect(sentences("Sanctions came from the U.S. The talks went on.") ==
            ["Sanctions came from the U.S.", "The talks went on."])
        #expect(sentences("He works for Apple Inc. It makes phones.") == ["He works for Apple Inc.", "It makes phones."])
        #expect(sentences("Apple Inc. Chief Executive Tim Cook spoke.") == ["Apple Inc. Chief Executive Tim Cook spoke."])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("John F. Kennedy and George W. Bush spoke.") == ["John F. Kennedy and George W. Bush spoke."])
    }

    @Test func decimalsDoNotEndSentences() {
        #expect(sentences("Growth was 3.5 percent. Prices rose 240.1 points.") ==
            ["Growth was 3.5 percent.", "Prices rose 240.1 points."])
    }

    @Test func closingQuotesBelongToTheSentence() {
        #expect(sentences("He said, “This is history.” He left.") == ["He said, “This is history.”", "He left."])
        #expect(sentences("He said, \"It ended.\" Then he left.") == ["He said, \"It ended.\"", "Then he left."])
        #expect(sentences("“We agree,” Lavrov said. “Good.”") == ["“We agree,” Lavrov said.", "“Good.”"])
        #expect(sentences("“Is it over?” he asked.") == ["“Is it over?” he asked."])
    }

    @Test func sentencesMayStartWithQuotesOrDigits() {
        #expect(sentences("It ended. “Then what?” 2024 was hard.") == ["It ended.", "“Then what?”", "2024 was hard."])
    }

    @Test func lineBreaksEndHeadlinesAndListLines() {
        #expect(sentences("Lavrov visits Beijing\nXi Jinping held talks on Tuesday.\n- first item\n- second item") ==
            ["Lavrov visits Beijing", "Xi Jinping held talks on Tuesday.", "- first item", "- second item"])
    }

    @Test func blankLinesStartParagraphs() {
        let text = "Headline here\n\nFirst one. Second one.\nThird line.\n \n\n\nNew paragraph."
        #expect(sentences(text) == ["Headline here", "First one.", "Second one.", "Third line.", "New paragraph."])
        #expect(paragraphs(text) == [0, 1, 1, 1, 2])
        #expect(paragraphs("\n\nLeading blank lines.\r\n\r\nWindows paragraph.") == [0, 1])
    }

    @Test func spansExcludeWhitespaceAndTokenRangesCoverAllTokens() {
        let text = "  One two.   Three four!  \n\n  Five  "
        let segmentation = TextSegmenter().segment(text, article: ArticleID("x"))
        #expect(sentences(text) == ["One two.", "Three four!", "Five"])
        #expect(segmentation.sentences.map(\.tokens) == [0..<3, 3..<6, 6..<7])
        #expect(segmentation.sentences.allSatisfy { $0.span.article == ArticleID("x") })
    }

    @Test func chineseFullStopsSplitWithoutSpaces() {
        #expect(sentences("我们同意。他说。") == ["我们同意。", "他说。"])
    }

    @Test func emptyTextHasNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n ").isEmpty)
    }
}
