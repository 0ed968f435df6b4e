import Foundation
import Testing
@testable import Parallax

/// The project's own invented sample corpus (Samples/) goes through extraction cleanly.
@Suite struct SampleCorpusTests {
    static let folder = SharedData.packageRoot.appendingPathComponent("Samples")

    static func textArticle(_ file: String) throws -> Article {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
        return ArticleExtractor().extract(RawDocument(id: ArticleID(file), origin: file, bytes: bytes, format: .plainText))
    }

    @Test func textSamplesLoseTheirBoilerplateAndKeepTheirCredits() throws {
        let expectedWires: [String: [String]] = [
            "01-meridian-standard-wire.txt": ["Reuters"], "02-coastline-daily-copy.txt": ["Reuters"],
            "03-trendpulse-rewrite.txt": ["Reuters"], "04-haldenburg-herald-local.txt": ["AFP"],
            "05-evening-post-toll.txt": ["AFP"], "06-northern-ledger-followup.txt": [], "07-port-ellery-tram.txt": [],
        ]
        let boilerplate = ["Follow us", "ALSO READ", "…", "Leave a Reply", "Related Articles", "Marta Jelinek",
                           "Photo:", "Image Source", "Updated:", "Published on", "By Pieter"]
        for (file, wires) in expectedWires {
            let article = try Self.textArticle(file)
            #expect(article.diagnostics.isEmpty, "\(file): \(article.diagnostics)")
            #expect(article.metadata.title != nil, "\(file): no title")
            #expect(article.wires.map(\.agency) == wires, "\(file)")
            for marker in boilerplate {
                #expect(!article.text.contains(marker), "\(file): left \(marker)")
            }
        }
    }

    @Test func datesAndBylinesComeFromTheText() throws {
        let local = try Self.textArticle("04-haldenburg-herald-local.txt")
        #expect(local.metadata.published == CalendarDate(year: 2025, month: 3, day: 10))
        #expect(local.metadata.authors == ["Pieter Vass"])
        let followUp = try Self.textArticle("06-northern-ledger-followup.txt")
        #expect(followUp.metadata.published == CalendarDate(year: 2025, month: 3, day: 11))
    }

    @Test func feedReadsBothItemsAndStripsTheHTML() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("feeds.jsonl")))
        let (documents, diagnostics) = JSONLinesReader().read(bytes, origin: "Samples/feeds.jsonl")
        #expect(diagnostics.isEmpty)
        #expect(documents.map(\.format) == [.plainText, .html])
        let page = ArticleExtractor().extract(try #require(documents.last))
        #expect(page.metadata.publisher == "Valley Gazette")
        #expect(page.metadata.published == CalendarDate(year: 2025, month: 3, day: 11))
        #expect(page.text.hasPrefix("The battery recycling plant in Haldenburg"))
        for residue in ["dataLayer", "Sport", "Read more", "Harbour ferry", "Subscribe", "©", "Photo"] {
            #expect(!page.text.contains(residue), "left \(residue)")
        }
    }
}
