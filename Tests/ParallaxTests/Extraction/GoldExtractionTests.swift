import Foundation
import Testing
@testable import Parallax

/// Checks extraction of the seed corpus against the hand-made gold: boilerplate gone, key sentences kept, wires found.
@Suite struct GoldExtractionTests {
    struct Gold {
        let boilerplate: [String: [String]]
        let mustKeep: [String: [String]]
        let wires: [String: [String]]
        let files: [String]
    }

    static func loadGold() throws -> Gold {
        let data = try Data(contentsOf: SharedData.url("gold/lavrov-beijing-2024.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let boilerplate = object["boilerplate"] as? [String: [String]] ?? [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: SharedData.url("corpus/lavrov-beijing-2024").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return Gold(
            boilerplate: boilerplate, mustKeep: object["must_keep"] as? [String: [String]] ?? [:],
            wires: object["wires"] as? [String: [String]] ?? [:], files: files
        )
    }

    static func extract(_ file: String) throws -> Article {
        let url = SharedData.url("corpus/lavrov-beijing-2024/\(file)")
        let bytes = [UInt8](try Data(contentsOf: url))
        let raw = RawDocument(id: ArticleID(file), origin: file, bytes: bytes, format: .plainText)
        return ArticleExtractor().extract(raw)
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024") && SharedData.has("gold/lavrov-beijing-2024.json"),
                   "needs ../shared/corpus and ../shared/gold"))
    func boilerplateGoneAndBodyKept() throws {
        let gold = try Self.loadGold()
        #expect(gold.files.count == 5)
        for file in gold.files {
            let article = try Self.extract(file)
            for fragment in gold.boilerplate[file] ?? [] {
                #expect(!article.text.contains(fragment), "\(file): boilerplate left: \(fragment)")
            }
            for fragment in gold.mustKeep[file] ?? [] {
                #expect(article.text.contains(fragment), "\(file): lost: \(fragment)")
            }
            #expect(!article.diagnostics.contains { $0.severity == .error }, "\(file): \(article.diagnostics)")
        }
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024") && SharedData.has("gold/lavrov-beijing-2024.json"),
                   "needs ../shared/corpus and ../shared/gold"))
    func wiresMatchGoldExactly() throws {
        let gold = try Self.loadGold()
        for file in gold.files {
            let article = try Self.extract(file)
            #expect(article.wires.map(\.agency) == (gold.wires[file] ?? []), "\(file)")
            for credit in article.wires {
                let named = article.text(of: credit.span)
                #expect(!named.isEmpty && credit.span.end <= article.text.utf8.count)
            }
        }
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func titlesAreShortFirstLines() throws {
        let files = try Self.loadGold().files
        for file in files {
            let url = SharedData.url("corpus/lavrov-beijing-2024/\(file)")
            let firstLine = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
            let article = try Self.extract(file)
            if file.hasPrefix("002_") || file.hasPrefix("003_") {
                #expect(article.metadata.title == firstLine, "\(file)")
                #expect(!article.text.hasPrefix(firstLine), "\(file): title left in the text")
            }
            if file.hasPrefix("000_") || file.hasPrefix("004_") {
                #expect(article.metadata.title == nil, "\(file): a body sentence taken as title")
            }
        }
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func leadingMetadataGivesTheDate() throws {
        let files = try Self.loadGold().files
        let file = try #require(files.first { $0.hasPrefix("001_") })
        let article = try Self.extract(file)
        #expect(article.metadata.published == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(article.text.hasPrefix("Beijing:"))
    }
}
