import Testing
@testable import Sketch

@Suite struct WordHasherTests {
    private let hasher = WordHasher()

    @Test func wordsAreLowercasedRunsOfLettersDigitsAndUnderscores() {
        let expected = ["hello", "world_2", "u", "s", "1", "000"].map { WyHash.hash($0) }
        #expect(hasher.hashes(of: "Hello, World_2! U.S. 1,000") == expected)
        #expect(hasher.hashes(of: "  \n\t ").isEmpty)
    }

    @Test func typographicPunctuationSeparatesWords() {
        // A curly apostrophe, an em dash, guillemets and a non-breaking space split words as Python's \w+ does.
        let text = "Russia\u{2019}s envoy\u{2014}Lavrov \u{00AB}said\u{00BB}\u{00A0}today"
        #expect(hasher.hashes(of: text) == ["russia", "s", "envoy", "lavrov", "said", "today"].map { WyHash.hash($0) })
    }

    @Test func accentedCapitalsAreLowercasedAndStayInTheWord() {
        #expect(hasher.hashes(of: "CAFÉ Ångström ПРАВДА Ελλάδα") == hasher.hashes(of: "café ångström правда ελλάδα"))
        #expect(hasher.hashes(of: "café") == [WyHash.hash("café")])
        #expect(hasher.hashes(of: "北京 2024") == [WyHash.hash("北京"), WyHash.hash("2024")])
    }

    @Test func malformedUTF8SeparatesWordsLikeTheReplacementCharacter() {
        let bytes: [UInt8] = [0x61, 0xC3, 0x20, 0xE2, 0x80, 0x62, 0xFF]
        let hashes = bytes.withUnsafeBufferPointer { hasher.hashes(ofUTF8: $0) }
        #expect(hashes == [WyHash.hash("a"), WyHash.hash("b")])
    }

    @Test func seedChangesEveryHash() {
        #expect(WordHasher(seed: 1).hashes(of: "one two") != hasher.hashes(of: "one two"))
    }
}
