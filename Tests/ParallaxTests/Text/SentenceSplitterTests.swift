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

    @Test func numberAbbreviationsNeedANumberAfterThem() {
        #expect(sentences("He lives at No. 10 Downing Street.") == ["He lives at No. 10 Downing Street."])
        #expect(sentences("He said no. The talks ended.") == ["He said no.", "The talks ended."])
    }

    @Test func latinAbbreviationsNeverEndSentences() {
        #expect(sentences("Some allies, e.g. The Hague court, objected.") == ["Some allies, e.g. The Hague court, objected."])
        #expect(sentences("Russia vs. Ukraine talks stalled.") == ["Russia vs. Ukraine talks stalled."])
    }

    @Test func abbreviationAtTheEndOfTheTextClosesTheLastSentence() {
        #expect(sentences("Shares of Apple Inc.") == ["Shares of Apple Inc."])
    }

    @Test func ellipsesAndRepeatedMarksStayWithTheirSentence() {
        #expect(sentences("Wait... What happened?! Nobody knows.") == ["Wait...", "What happened?!", "Nobody knows."])
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

    @Test func paragraphIndexAndTokenRangesAfterAHeadline() {
        let text = "Lavrov in Beijing\n\nHe met Xi. They talked."
        let sentences = TextSegmenter().segment(text, article: ArticleID("a")).sentences
        #expect(sentences.map(\.tokens) == [0..<3, 3..<7, 7..<10])
        #expect(sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func chineseFullStopsSplitWithoutSpaces() {
        #expect(sentences("我们同意。他说。") == ["我们同意。", "他说。"])
    }

    @Test func configurationAddsAbbreviations() {
        let text = "See Ref. Smith for details."
        let tokens = Tokenizer().tokenize(text)
        #expect(SentenceSplitter().split(text, tokens: tokens, article: ArticleID("a")).count == 2)
        var configuration = SentenceSplitter.Configuration.default
        configuration.neverFinal.insert("ref")
        let custom = SentenceSplitter(configuration: configuration).split(text, tokens: tokens, article: ArticleID("a"))
        #expect(custom.map(\.span.end) == [text.utf8.count])
    }

    @Test func emptyTextHasNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n ").isEmpty)
    }
}
