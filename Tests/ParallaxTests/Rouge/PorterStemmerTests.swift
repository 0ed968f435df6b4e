import Parallax
import ParallaxEvaluation
import Testing

@Suite("PorterStemmer")
struct PorterStemmerTests {
    /// Outputs of NLTK 3.10's `PorterStemmer()` (NLTK_EXTENSIONS mode, what rouge-score uses).
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"), ("feed", "feed"),
        ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
        ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("falling", "fall"), ("hissing", "hiss"), ("filing", "file"), ("happy", "happi"),
        ("relational", "relat"), ("generalization", "gener"), ("dying", "die"), ("skies", "sky"),
        ("news", "news"), ("enjoy", "enjoy"), ("spied", "spi"), ("controll", "control"), ("roll", "roll"),
        ("electricity", "electr"), ("hopeful", "hope"), ("goodness", "good"), ("triplicate", "triplic"),
        ("formalize", "formal"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("effective", "effect"),
    ])
    func matchesNLTK(word: String, stem: String) {
        #expect(PorterStemmer().stem(word) == stem)
    }
}
