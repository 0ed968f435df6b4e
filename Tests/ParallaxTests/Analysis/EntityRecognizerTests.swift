import Testing
@testable import Parallax

@Suite("EntityRecognizer")
struct EntityRecognizerTests {
    func entities(_ text: String) -> [EntityMention] {
        EntityRecognizer().recognize(AnalysisTestText.article(text))
    }

    @Test func titlesMakePeopleAndDemonymsAreDropped() {
        let found = entities("Chinese Foreign Minister Wang Yi met U.S. Treasury Secretary Janet Yellen in Beijing.")
        #expect(found.filter { $0.kind == .person }.map(\.text) == ["Wang Yi", "Janet Yellen"])
        #expect(found.filter { $0.kind == .place }.map(\.text) == ["Beijing"])
        #expect(!found.contains { $0.text.contains("Chinese") })
    }

    @Test func partialNamesTakeTheFullForm() {
        let found = entities("Russian Foreign Minister Sergei Lavrov arrived on Monday. Lavrov met Xi Jinping. Later, Xi spoke.")
        let lavrov = found.filter { $0.text == "Lavrov" }
        #expect(lavrov.map(\.canonical) == ["Sergei Lavrov"])
        #expect(lavrov.map(\.kind) == [.person])
        #expect(found.first { $0.text == "Xi" }?.canonical == "Xi Jinping")
        #expect(!found.contains { $0.text == "Monday" || $0.text == "Later" })
    }

    @Test func possessivesAndParticles() {
        let found = entities("Zelenskyy’s plan was rejected. Ukrainian President Volodymyr Zelenskyy spoke of Osama bin Laden.")
        #expect(found.first?.text == "Zelenskyy")
        #expect(found.first?.canonical == "Volodymyr Zelenskyy")
        #expect(found.contains { $0.text == "Osama bin Laden" && $0.kind == .person })
    }

    @Test func organizations() {
        let found = entities("The Chinese Ministry of Foreign Affairs and NATO responded, as did the Belt and Road Forum.")
        #expect(found.map(\.text) == ["Ministry of Foreign Affairs", "NATO", "Belt and Road Forum"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test func speechVerbsAndSentenceStarts() {
        let found = entities("However, Peskov said the talks failed. Discussions continue in Geneva. Russia and Ukraine disagree.")
        #expect(found.map(\.text) == ["Peskov", "Geneva", "Russia", "Ukraine"])
        #expect(found.map(\.kind) == [.person, .place, .place, .place])
    }
}
