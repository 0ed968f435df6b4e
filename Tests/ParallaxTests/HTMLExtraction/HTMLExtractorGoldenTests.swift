import Foundation
import Testing
@testable import Parallax

@Suite("HTMLExtractor golden pages")
struct HTMLExtractorGoldenTests {
    private func extract(_ name: String) throws -> ExtractedPage {
        let html = [UInt8](try Data(contentsOf: SharedData.fixture("HTMLExtraction/\(name).html")))
        return HTMLExtractor().extract(bytes: html, origin: name)
    }

    private func expected(_ name: String) throws -> String {
        try String(contentsOf: SharedData.fixture("HTMLExtraction/\(name).expected.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("main text matches the checked-in expectation", arguments: ["news", "blog", "byline"])
    func mainText(name: String) throws {
        let actual = try extract(name).text
        #expect(actual == (try expected(name)), "extracted:\n\(actual)")
    }

    @Test("news page metadata comes from JSON-LD, OpenGraph and the canonical link")
    func newsMetadata() throws {
        let metadata = try extract("news").metadata
        #expect(metadata.title == "Harbour bridge reopens after two years of repairs")
        #expect(metadata.authors == ["Jane Miller"])
        #expect(metadata.published == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(metadata.publisher == "The Coastal Courier")
        #expect(metadata.url == "https://courier.example/news/2024/03/05/harbour-bridge-reopens")
        #expect(metadata.language == "en")
    }

    @Test("blog metadata comes from meta tags and a title with its site suffix removed")
    func blogMetadata() throws {
        let metadata = try extract("blog").metadata
        #expect(metadata.title == "Sauerteig für Anfänger")
        #expect(metadata.authors == ["Klara Berg"])
        #expect(metadata.published == CalendarDate(year: 2023, month: 11, day: 2))
        #expect(metadata.language == "de")
    }

    @Test("a byline link gives the author, article:published_time the date")
    func bylineMetadata() throws {
        let metadata = try extract("byline").metadata
        #expect(metadata.authors == ["Paul Roux"])
        #expect(metadata.published == CalendarDate(year: 2022, month: 6, day: 17))
        #expect(metadata.title == "Le marché couvert rouvre ses portes")
    }

    @Test("a page without text gives an empty text and a diagnostic")
    func emptyPage() {
        let page = HTMLExtractor().extract(bytes: Array("<html><body><nav>Home</nav></body></html>".utf8), origin: "empty")
        #expect(page.text.isEmpty)
        #expect(page.diagnostics.count == 1)
    }
}
