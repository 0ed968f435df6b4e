import Testing
@testable import Parallax

@Suite struct WireDetectorTests {
    let detector = WireDetector()

    func agencies(_ text: String) -> [String] {
        detector.credits(in: text, article: ArticleID("w")).map(\.agency)
    }

    @Test func findsCreditWordings() {
        #expect(agencies("The mayor resigned, according to Kyodo.") == ["Kyodo"])
        #expect(agencies("Ten people died, as reported by the state news agency Yonhap.") == ["Yonhap"])
        #expect(agencies("Interfax reported that the plant was shut.") == ["Interfax"])
        #expect(agencies("This comes amid reports by Bloomberg that talks stalled.") == ["Bloomberg"])
        #expect(agencies("LAGOS, March 3 (AP) — Fuel prices rose.") == ["Associated Press"])
        #expect(agencies("With inputs from PTI") == ["PTI"])
        #expect(agencies("(c) Thomson Reuters 2024") == [] || agencies("(c) Thomson Reuters 2024") == ["Reuters"])
        #expect(agencies("© AFP") == ["AFP"])
        #expect(agencies("The Associated Press contributed to this report.") == ["Associated Press"])
    }

    @Test func readsCreditListsInOrder() {
        let text = "Prices rose again. This report contains information from dpa, the Associated Press and Agence France-Presse."
        #expect(agencies(text) == ["dpa", "Associated Press", "AFP"])
    }

    @Test func ignoresMentionsThatAreNotCredits() {
        #expect(agencies("Reuters opened a new bureau in Lagos last year.") == [])
        #expect(agencies("The minister gave an interview to Xinhua reporters who asked about CNN coverage.") == [])
        #expect(agencies("Officials, according to the minister who spoke to CNN, were late.") == [])
        #expect(agencies("The APEC summit and the RIAA awards and PTIs") == [])
    }

    @Test func oneCreditPerAgencyAtFirstCreditedMention() {
        let text = "According to Reuters, it rained. Reuters reported more rain. AP said so too."
        let credits = detector.credits(in: text, article: ArticleID("w"))
        #expect(credits.map(\.agency) == ["Reuters", "Associated Press"])
        #expect(credits.first?.span == TextSpan(article: ArticleID("w"), start: 13, end: 20))
    }
}
