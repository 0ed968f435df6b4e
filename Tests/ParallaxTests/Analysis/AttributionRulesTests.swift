import Testing
@testable import Parallax

/// Speakers as news attributes them: titles before names, participles after commas, reporting verbs.
@Suite("Attribution rules")
struct AttributionRulesTests {
    func quotes(_ text: String) -> [Quote] {
        let article = AnalysisTestText.article(text)
        return QuoteExtractor().extract(from: article, entities: EntityRecognizer().recognize(article))
    }

    @Test func aTitleBeforeTheNameAfterTheQuote() {
        let found = quotes("Nothing changed. “We will keep fighting for the workers,” Mr. Tom Wheeler said on Monday.")
        #expect(found.first?.speaker == "Tom Wheeler")
    }

    @Test func aParticipleBelongsToTheSentencesSubject() {
        let found = quotes("Sen. Ted Cruz lashed out at Donald Trump, accusing him of “trying to steal the nomination from voters.”")
        #expect(found.first?.speaker == "Ted Cruz")
        let object = quotes("In the speech the senator took a swipe at rival Hillary Clinton, calling her record “ineffective at best.”")
        #expect(object.first?.speaker == nil)
    }

    @Test func aParagraphEndingInAColonIntroducesTheQuoteBelowIt() {
        let found = quotes("Reacting to the firing, Governor Ann Berg wrote on Facebook on Monday:\n\n"
            + "\"The plant was unsafe for years. It is a disgrace.\"\n\nThe company declined to comment.\n\n"
            + "\"We have no comment at this time.\"")
        #expect(found.map(\.speaker) == ["Ann Berg", nil])
    }

    @Test func aPronounSkipsAPersonTheTextSaysIsOfTheOtherGender() {
        // The wife's given name is in no name list; "his wife" says she is not the "he" of the next quote.
        let found = quotes("“I feel terrible for her,” Mr. Tom Keller said. The congressman also worried about his wife, "
            + "Ilinca Varga, a longtime aide. “I am protecting my wife,” he told reporters.")
        #expect(found.map(\.speaker) == ["Tom Keller", "Tom Keller"])
    }

    @Test func whichSaidIsNoPersonsAttribution() {
        let found = quotes("The Berg ad was denounced by the Harbor Workers Alliance, a dockers' union, which said it was "
            + "“wrong for Governor Ann Berg to assume that.”")
        #expect(found.first?.speaker == nil)
    }

    @Test func reportingVerbsIntroducePartialQuotes() {
        let found = quotes("Rick Perry vows to end what he calls “Obama’s war on religion” in a new ad.")
        #expect(found.first?.speaker == "Rick Perry")
    }
}
