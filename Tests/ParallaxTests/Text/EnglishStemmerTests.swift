import Testing
import Parallax

@Suite("EnglishStemmer")
struct EnglishStemmerTests {
    /// Pairs that follow from the Porter2 definition (steps, regions and exceptional forms).
    static let vectors: [(String, String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consolation", "consol"), ("consolatory", "consolatori"),
        ("console", "consol"), ("consolidate", "consolid"), ("consolingly", "consol"),
        ("conspicuous", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("constable", "constabl"), ("constancy", "constanc"), ("constant", "constant"),
        ("knack", "knack"), ("knackeries", "knackeri"), ("kneaded", "knead"), ("knees", "knee"),
        ("knightly", "knight"), ("knights", "knight"), ("knitted", "knit"), ("knitting", "knit"),
        ("knives", "knive"), ("knocker", "knocker"), ("knocking", "knock"),
        ("generously", "generous"), ("generate", "generat"), ("communism", "communism"),
        ("skies", "sky"), ("skis", "ski"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
        ("singly", "singl"), ("news", "news"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"),
        ("andes", "andes"), ("howe", "howe"), ("sky", "sky"),
        ("inning", "inning"), ("outing", "outing"), ("proceed", "proceed"), ("exceed", "exceed"),
        ("succeeded", "succeed"),
        ("running", "run"), ("cats", "cat"), ("relational", "relat"), ("conditional", "condit"),
        ("agreed", "agre"), ("sized", "size"), ("hopping", "hop"), ("happy", "happi"), ("arguing", "argu"),
        ("cries", "cri"), ("ties", "tie"), ("gas", "gas"), ("this", "this"), ("gaps", "gap"), ("kiwis", "kiwi"),
        ("caresses", "caress"), ("bled", "bled"), ("cry", "cri"), ("by", "by"), ("say", "say"),
        ("luxuriated", "luxuri"), ("abilities", "abil"), ("accidentally", "accident"), ("national", "nation"),
        ("hopeful", "hope"), ("goodness", "good"), ("troubled", "troubl"), ("ministers", "minist"),
        ("economic", "econom"), ("diplomatic", "diplomat"), ("visited", "visit"), ("countries", "countri"),
        ("lavrov's", "lavrov"), ("russia's", "russia"), ("ministers'", "minist"), ("'tis", "tis"),
    ]

    @Test func porter2Vectors() {
        #expect(Self.vectors.count >= 60)
        for (word, stem) in Self.vectors {
            #expect(EnglishStemmer.stem(word) == stem, "stem(\(word))")
        }
    }

    @Test func upperCaseIsLoweredAndShortWordsStay() {
        #expect(EnglishStemmer.stem("Running") == "run")
        #expect(EnglishStemmer.stem("is") == "is")
        #expect(EnglishStemmer.stem("") == "")
    }

    @Test func nonASCIIWordsAreLeftAlone() {
        #expect(EnglishStemmer.stem("zürich") == "zürich")
        #expect(EnglishStemmer.stem("лавров") == "лавров")
    }
}
