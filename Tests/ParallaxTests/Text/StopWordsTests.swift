import Testing
import Parallax

@Suite("StopWords")
struct StopWordsTests {
    @Test func commonFunctionWordsAreStopWords() {
        for word in ["the", "a", "and", "of", "he", "she", "it's", "don't", "was", "should", "into"] {
            #expect(StopWords.contains(word), "\(word)")
        }
    }

    @Test func contentWordsAndCapitalizedFormsAreNot() {
        for word in ["lavrov", "beijing", "talks", "minister", "The", ""] {
            #expect(!StopWords.contains(word), "\(word)")
        }
        #expect(StopWords.words.count > 170)
    }
}

@Suite("StopWords table")
struct StopWordsTableTests {
    @Test func everyListedWordIsFoundAndNearMissesAreNot() {
        for word in StopWords.words {
            #expect(StopWords.contains(word), "\(word)")
            #expect(!StopWords.contains(word + "x"), "\(word)x")
        }
    }
}
