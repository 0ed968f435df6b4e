import Testing
@testable import Parallax

@Suite("Tokenizer")
struct TokenizerTests {
    private func slices(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    private func kinds(_ text: String) -> [Token.Kind] {
        Tokenizer().tokenize(text).map(\.kind)
    }

    @Test func asciiOffsetsSliceBackToTheWords() {
        #expect(slices("Xi met Lavrov, then left.") == ["Xi", "met", "Lavrov", ",", "then", "left", "."])
        #expect(kinds("Xi met Lavrov, then left.") == [.word, .word, .word, .punctuation, .word, .word, .punctuation])
    }

    @Test func accentedAndCyrillicLettersStayInOneWord() {
        #expect(slices("Café Zürich, Łódź и Лавров.") == ["Café", "Zürich", ",", "Łódź", "и", "Лавров", "."])
        let tokens = Tokenizer().tokenize("Łódź Лавров")
        #expect(tokens.map(\.normalized) == ["łódź", "лавров"])
        #expect(tokens.map(\.isCapitalized) == [true, true])
    }

    @Test func curlyApostrophesStayInTheWordAndAreFolded() {
        #expect(slices("Russia’s talks, Russia's plan; it isn't over") ==
            ["Russia’s", "talks", ",", "Russia's", "plan", ";", "it", "isn't", "over"])
        let tokens = Tokenizer().tokenize("Putin’s ‘quote’")
        #expect(tokens.map(\.normalized) == ["putin's", "'", "quote", "'"])
        #expect(tokens[0].stem == "putin")
    }

    @Test func hanIdeographsAreWordsOfTheirOwn() {
        #expect(slices("中国外交部 said") == ["中", "国", "外", "交", "部", "said"])
        #expect(kinds("北京") == [.word, .word])
    }

    @Test func emojiAreSingleSymbols() {
        let text = "Wow 👍🏽 ok 🇨🇳 and 👨‍👩‍👧 done"
        #expect(slices(text) == ["Wow", "👍🏽", "ok", "🇨🇳", "and", "👨‍👩‍👧", "done"])
        #expect(kinds("👍🏽") == [.symbol])
    }

    @Test func numbersKeepDecimalsAndThousandsSeparators() {
        #expect(slices("240.1 and 1,000 or 3.5% of $12,500.75") ==
            ["240.1", "and", "1,000", "or", "3.5", "%", "of", "$", "12,500.75"])
        #expect(kinds("3.5% $12 €4") == [.number, .symbol, .symbol, .number, .symbol, .number])
    }

    @Test func aCommaNotFollowedByThreeDigitsEndsTheNumber() {
        #expect(slices("In 2018, 12,34 and 1,0000") == ["In", "2018", ",", "12", ",", "34", "and", "1", ",", "0000"])
    }

    @Test func numbersFollowedByLettersOrHyphenatedWordsAreWords() {
        #expect(slices("a 12-point plan, the 1st day, 240.1bn") ==
            ["a", "12-point", "plan", ",", "the", "1st", "day", ",", "240.1", "bn"])
        #expect(kinds("12-point") == [.word])
    }

    @Test func hyphenatedWordsAreOneToken() {
        #expect(slices("a two-day visit, COVID-19 and anti- war — end") ==
            ["a", "two-day", "visit", ",", "COVID-19", "and", "anti", "-", "war", "—", "end"])
    }

    @Test func softHyphensStayInsideTheWordButLeaveTheNormalizedForm() {
        let text = "inter\u{00AD}national talks"
        #expect(slices(text) == ["inter\u{00AD}national", "talks"])
        #expect(Tokenizer().tokenize(text).map(\.normalized) == ["international", "talks"])
    }

    @Test func dashesAreFoldedInNormalizedForm() {
        let tokens = Tokenizer().tokenize("2018–2019 — yes")
        #expect(tokens.map(\.normalized) == ["2018", "-", "2019", "-", "yes"])
    }

    @Test func dottedAbbreviationsAreOneWord() {
        #expect(slices("The U.S. and e.g. U.K.-based firms") ==
            ["The", "U.S.", "and", "e.g.", "U.K.", "-", "based", "firms"])
        #expect(slices("Mr. Smith") == ["Mr", ".", "Smith"])
    }

    @Test func normalizedStemStopAndCapitalization() {
        let tokens = Tokenizer().tokenize("The Ministers were meeting")
        #expect(tokens.map(\.normalized) == ["the", "ministers", "were", "meeting"])
        #expect(tokens.map(\.stem) == ["the", "minist", "were", "meet"])
        #expect(tokens.map(\.isStopWord) == [true, false, true, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, false])
    }

    @Test func numbersAndPunctuationAreNotStemmed() {
        let tokens = Tokenizer().tokenize("1,000!")
        #expect(tokens.map(\.stem) == ["1,000", "!"])
        #expect(tokens.allSatisfy { !$0.isStopWord && !$0.isCapitalized })
    }

    @Test func offsetsAreUTF8ByteOffsets() {
        let text = "é “Ч” 中 x"
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.start) == [0, 3, 6, 8, 12, 16])
        #expect(tokens.map(\.end) == [2, 6, 8, 11, 15, 17])
    }

    @Test func emptyAndBlankTextGiveNoTokens() {
        #expect(Tokenizer().tokenize("").isEmpty)
        #expect(Tokenizer().tokenize(" \n\t\u{00A0}").isEmpty)
    }
}
