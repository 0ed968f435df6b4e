import Foundation
import Testing
@testable import Parallax

/// Analyzes the seed story's articles and checks the gold file's entities, quotes, numbers and dates.
@Suite("Analysis against the seed story's gold")
struct SeedStoryGoldTests {
    static let story = "corpus/lavrov-beijing-2024"
    static let gold = "gold/lavrov-beijing-2024.json"
    /// The story's dates (8–9 April 2024): articles without a date line resolve against the visit's second day.
    static let anchor = CalendarDate(year: 2024, month: 4, day: 9)

    struct Gold: Decodable {
        struct Entity: Decodable { let name: String; let kind: String; let aliases: [String]; let articles: [String] }
        struct QuoteItem: Decodable { let speaker: String; let fragment: String; let articles: [String] }
        struct NumberItem: Decodable { let article: String; let fragment: String; let value: Double; let unit: String? }
        struct DateItem: Decodable { let article: String; let fragment: String; let date: String }
        let entities: [Entity]
        let quotes: [QuoteItem]
        let numbers: [NumberItem]
        let dates: [DateItem]
    }

    static func load() throws -> (Gold, [String: AnalyzedArticle]) {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: SharedData.url(Self.gold)))
        let folder = SharedData.url(story)
        var analyzed: [String: AnalyzedArticle] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let article = Article(id: ArticleID(name), origin: name, text: text, metadata: ArticleMetadata())
            analyzed[name] = ArticleAnalyzer().analyze(article).resolvingDates(anchor: anchor)
        }
        return (gold, analyzed)
    }

    /// Byte ranges where `fragment` occurs in `text`.
    static func occurrences(of fragment: String, in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: fragment, range: searchRange) {
            let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
            result.append(start..<(start + fragment.utf8.count))
            searchRange = found.upperBound..<text.endIndex
        }
        return result
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        text == word || text.hasPrefix(word + " ") || text.hasSuffix(" " + word) || text.contains(" " + word + " ")
    }

    @Test(.enabled(if: SharedData.has(story) && SharedData.has(gold), "needs ../shared/corpus and ../shared/gold"))
    func goldEntities() throws {
        let (gold, analyzed) = try Self.load()
        var passed = 0, total = 0
        for entity in gold.entities {
            for name in entity.articles {
                let analysis = try #require(analyzed[name])
                let text = analysis.article.text
                // Only where the alias is a whole word ("Zelensky" inside "Zelenskyy" does not count).
                for alias in entity.aliases where Self.occurrences(of: alias, in: text).contains(where: { range in
                    range.upperBound >= text.utf8.count
                        || !WordScanner.wordCharacter(Array(text.utf8), range.upperBound).0
                }) {
                    total += 1
                    let found = analysis.entities.contains {
                        Self.containsWord($0.text, alias) && $0.kind.rawValue == entity.kind
                            && (entity.kind != "person" || NameMatcher.sameEntity($0.canonical, entity.name))
                    }
                    if found { passed += 1 }
                    #expect(found, "entity \(alias) (\(entity.kind)) in \(name)")
                }
            }
        }
        print("gold entities: \(passed)/\(total)")
    }

    @Test(.enabled(if: SharedData.has(story) && SharedData.has(gold), "needs ../shared/corpus and ../shared/gold"))
    func goldQuotes() throws {
        let (gold, analyzed) = try Self.load()
        var passed = 0, total = 0
        for item in gold.quotes {
            for name in item.articles {
                total += 1
                let analysis = try #require(analyzed[name])
                let candidates = analysis.quotes.filter { $0.text.contains(item.fragment) || item.fragment.contains($0.text) }
                let found = candidates.contains { $0.speaker.map { NameMatcher.sameEntity($0, item.speaker) } ?? false }
                if found { passed += 1 }
                #expect(found, "quote \"\(item.fragment)\" by \(item.speaker) in \(name); got \(candidates.map { $0.speaker ?? "nil" })")
            }
        }
        print("gold quotes: \(passed)/\(total)")
    }

    @Test(.enabled(if: SharedData.has(story) && SharedData.has(gold), "needs ../shared/corpus and ../shared/gold"))
    func goldNumbers() throws {
        let (gold, analyzed) = try Self.load()
        for item in gold.numbers {
            let analysis = try #require(analyzed[item.article])
            let places = Self.occurrences(of: item.fragment, in: analysis.article.text)
            let found = analysis.numbers.contains { number in
                places.contains { $0.contains(number.span.start) && number.span.end <= $0.upperBound }
                    && number.value == item.value && number.unit == item.unit
            }
            #expect(found, "number \(item.fragment) = \(item.value) \(item.unit ?? "-") in \(item.article)")
        }
    }

    @Test(.enabled(if: SharedData.has(story) && SharedData.has(gold), "needs ../shared/corpus and ../shared/gold"))
    func goldDates() throws {
        let (gold, analyzed) = try Self.load()
        for item in gold.dates {
            let analysis = try #require(analyzed[item.article])
            let places = Self.occurrences(of: item.fragment, in: analysis.article.text)
            let inFragment = analysis.dates.filter { date in
                places.contains { $0.contains(date.span.start) && date.span.end <= $0.upperBound }
            }
            #expect(inFragment.contains { $0.resolved?.description == item.date },
                    "date in \"\(item.fragment)\" = \(item.date) in \(item.article); got \(inFragment.map { $0.resolved?.description ?? "nil" })")
        }
    }

    @Test(.enabled(if: SharedData.has(story), "needs ../shared/corpus"))
    func dumpForInspection() throws {
        // A debugging aid, off by default: PARALLAX_DUMP_ANALYSIS=1 prints the analysis of the seed story,
        // or of the .txt files of the folder PARALLAX_DUMP_FOLDER names.
        let environment = ProcessInfo.processInfo.environment
        guard environment["PARALLAX_DUMP_ANALYSIS"] != nil else { return }
        var analyzed: [String: AnalyzedArticle] = [:]
        if let folder = environment["PARALLAX_DUMP_FOLDER"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                let article = Article(id: ArticleID(name), origin: name, text: text, metadata: ArticleMetadata())
                analyzed[name] = ArticleAnalyzer().analyze(article).resolvingDates(anchor: Self.anchor)
            }
        } else {
            analyzed = try Self.load().1
        }
        for name in analyzed.keys.sorted() {
            let analysis = analyzed[name]!
            print("=== \(name)")
            for entity in analysis.entities { print("E \(entity.kind) [\(entity.text)] -> \(entity.canonical)") }
            for quote in analysis.quotes { print("Q \(quote.speaker ?? "nil"): \(quote.text)") }
            for number in analysis.numbers { print("N \(number.text) = \(number.value) \(number.unit ?? "-")") }
            for date in analysis.dates { print("D \(date.text) \(date.expression) -> \(date.resolved?.description ?? "nil")") }
        }
    }
}
