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
        #expect(found.map(\.text) == ["Chinese Ministry of Foreign Affairs", "NATO", "Belt and Road Forum"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test func speechVerbsAndSentenceStarts() {
        let found = entities("However, Peskov said the talks failed. Discussions continue in Geneva. Russia and Ukraine disagree.")
        #expect(found.map(\.text) == ["Peskov", "Geneva", "Russia", "Ukraine"])
        #expect(found.map(\.kind) == [.person, .place, .place, .place])
    }
}

@Suite("EntityRecognizer regressions")
struct EntityRecognizerRegressionTests {
    func entities(_ text: String) -> [EntityMention] {
        EntityRecognizer().recognize(AnalysisTestText.article(text))
    }

    @Test func newYorkKeepsItsFirstWord() {
        #expect(entities("Fans in New York cheered.").map(\.text) == ["New York"])
    }

    @Test func organizationsThatSpeakAreNotPeople() {
        let found = entities("Shares fell after France Telecom said it would cut jobs.")
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func middleInitialsAndAppositions() {
        let found = entities("The plan of George W. Bush failed. It was praised by Roger Bilham, professor of geology.")
        #expect(found.filter { $0.kind == .person }.map(\.text) == ["George W. Bush", "Roger Bilham"])
    }
}

@Suite("EntityRecognizer compounds and abbreviated titles")
struct EntityRecognizerCompoundTests {
    @Test func hyphenatedPlacesAreEachAPlace() {
        let found = EntityRecognizer().recognize(AnalysisTestText.article("The Russia-Ukraine war reached the Asia-Pacific region."))
        #expect(found.map(\.text) == ["Russia", "Ukraine", "Asia-Pacific"])
        #expect(found.allSatisfy { $0.kind == .place })
    }

    @Test func abbreviatedTitles() {
        let found = EntityRecognizer().recognize(AnalysisTestText.article("The report was written by Mr. Okonjo and reviewed by Dr. Amara Okafor."))
        #expect(found.map(\.kind) == [.person, .person])
    }
}

@Suite("EntityRecognizer unknown names")
struct EntityRecognizerUnknownNameTests {
    @Test func unknownGivenNamesAndThings() {
        let found = EntityRecognizer().recognize(AnalysisTestText.article(
            "Mayor of London Kenneth Livingstone met Tessa Jowell near the Piccadilly Line to discuss the Kyoto Protocol."))
        #expect(found.map(\.text) == ["London", "Kenneth Livingstone", "Tessa Jowell", "Piccadilly Line", "Kyoto Protocol"])
        #expect(found.map(\.kind) == [.place, .person, .person, .other, .other])
    }
}

@Suite("EntityRecognizer fullest form")
struct EntityRecognizerFullestFormTests {
    @Test func shorterFullNamesTakeTheLongestForm() {
        let found = EntityRecognizer().recognize(AnalysisTestText.article(
            "President George Bush spoke. Later President George W. Bush left, and Bush said nothing."))
        #expect(found.filter { $0.kind == .person }.map(\.canonical) == ["George W. Bush", "George W. Bush", "George W. Bush"])
    }
}
