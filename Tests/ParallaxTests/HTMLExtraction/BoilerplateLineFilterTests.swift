import Testing
@testable import Parallax

@Suite("BoilerplateLineFilter")
struct BoilerplateLineFilterTests {
    private func block(_ text: String) -> TextBlock {
        TextBlock(text: text, owner: 0, length: text.utf8.count, linkLength: 0, isHeading: false, isListOrCell: false)
    }

    @Test("short furniture lines go, whatever their language or leading marks")
    func furnitureLinesGo() {
        let filter = BoilerplateLineFilter(rules: .default)
        for line in ["Related", "Photo: Jane Doe", "*Werbung", "Aktualisiert: 12.03.2021", "Lire aussi", "Augusta National/Getty Images"] {
            #expect(filter.isBoilerplate(block(line)), "\(line)")
        }
    }

    @Test("a phrase must end at a word boundary, and long lines are never tested")
    func textStays() {
        let filter = BoilerplateLineFilter(rules: .default)
        #expect(!filter.isBoilerplate(block("Printing presses ran all night.")))
        #expect(!filter.isBoilerplate(block("Relatedness matters here.")))
        let long = "Related questions were raised by the committee, which met on Tuesday to review the budget of the city."
        #expect(!filter.isBoilerplate(block(long)))
    }
}
