import Foundation
import Testing
@testable import Parallax

/// The rules that recover an article's opening, fill gaps in its body and drop the furniture around it.
@Suite("Extraction rules: leads, gaps, calls to action, edge lines")
struct ExtractionRuleTests {
    private func extract(_ name: String) throws -> String {
        let html = [UInt8](try Data(contentsOf: SharedData.fixture("HTMLExtraction/\(name).html")))
        return HTMLExtractor().extract(bytes: html, origin: name).text
    }

    private func block(_ text: String, heading: Bool = false, links: Int = 0) -> TextBlock {
        TextBlock(text: text, owner: 0, length: text.utf8.count, linkLength: links, isHeading: heading, isListOrCell: false)
    }

    @Test("the headline and the intro in the header beside the body are kept, before the body")
    func leadIsRecovered() throws {
        let paragraphs = try extract("lead").components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Night trains return to the valley line")
        #expect(paragraphs.count > 1 && paragraphs[1].hasPrefix("After a break of eleven years"))
        #expect(paragraphs.contains { $0.hasPrefix("The first train leaves") })
    }

    @Test("both parts of a body split around a picture are kept, the closing call to action and the sidebar are not")
    func splitBodyWithoutFurniture() throws {
        let text = try extract("lead")
        #expect(text.contains("Each train will have six sleeping cars"))
        #expect(text.contains("Local mayors welcomed the decision"))
        #expect(!text.contains("The depot in spring"))
        #expect(!text.contains("Subscribe to our newsletter"))
        #expect(!text.contains("Most read"))
    }

    @Test("a short call to action goes anywhere in the text; a closing sentence stays, a closing label goes")
    func closingLines() throws {
        let text = try extract("closing")
        #expect(!text.contains("Newsletter abonnieren"))
        #expect(!text.contains("einloggen"))
        #expect(text.contains("Anwohner hatten sich seit Jahren"))
        #expect(text.hasSuffix("Bis bald!"))
        #expect(!text.contains("Mehr Fotos"))
    }

    @Test("calls to action are found by fragment or by two social networks, and only short blocks are tested")
    func callToActionBlocks() {
        let filter = CallToActionFilter(rules: .default)
        #expect(filter.isCallToAction(block("Follow The Courier on Twitter and on Instagram for updates."), maximumLength: 320))
        #expect(filter.isCallToAction(block("Download\u{A0}the Courier app for iOS and Android."), maximumLength: 320))
        #expect(filter.isCallToAction(block("Jetzt kostenlos den Newsletter abonnieren"), maximumLength: 100))
        #expect(!filter.isCallToAction(block("The minister wrote on Twitter that the talks had failed."), maximumLength: 320))
        let long = String(repeating: "The committee will publish its newsletter of findings in spring. ", count: 6)
        #expect(!filter.isCallToAction(block(long), maximumLength: 320))
    }

    @Test("the closing calls to action go, an earlier long paragraph naming a newsletter stays")
    func callToActionOnlyAtTheEnd() {
        let body = "The paper said its weekly newsletter had reached a record number of readers in the spring, the editor said."
        let more = (1...4).map { block("Paragraph \($0) of the report goes on with the budget of the city for the next two years.") }
        let blocks = [block(body)] + more + [block("Sign up for our newsletter to get the news first.")]
        let kept = CallToActionFilter(rules: .default).filter(blocks).map(\.text)
        #expect(kept == blocks.dropLast().map(\.text))
    }

    @Test("prose between chosen blocks fills the gap; headings and text after the last chosen block do not")
    func gapsAreFilled() {
        let blocks = [
            block("The first paragraph of the body, long enough to count as prose in any language."),
            block("A paragraph the container choice left out, sitting in a sibling box of the body."),
            block("A heading in the gap", heading: true),
            block("The last chosen paragraph of the body, again long enough to be prose in the text."),
            block("A paragraph after the content, which is not added by the gap filling at all."),
        ]
        let filled = ContentNeighbours(configuration: .default).fillGaps([0, 3], in: blocks)
        #expect(filled == [0, 1, 3])
    }
}
