import Foundation
import Testing
@testable import Parallax

/// Fuzzes the readers besides HTML and feeds: JSON Lines and `.json` records, the plain-text path (decoding,
/// cleaning, title and date line), the date and number parsers of the analysis, the field date parser and
/// the control-character filter. No crash, no output out of proportion to the input, and time within a
/// budget linear in the input. The long run: `PARALLAX_FUZZ_LONG=1 swift test -c release --filter ReaderFuzz`.
@Suite struct ReaderFuzzTests {
    /// Pieces that steer these readers into their awkward states.
    static let fragments: [[UInt8]] = [
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\uD800", "\\u0000", "null", "true", "1e999", "-0", "{\"text\":",
        "\"html\":", "\"title\":", "\"published\":", "\"id\":", "\"authors\":[", "\n", "\r\n", "\t", " ", "\u{0}", "\u{1B}[2J",
        "\u{1B}]0;x\u{07}", "\u{202E}", "\u{9B}", "\u{FEFF}", "2024-04-09", "2024/04/09", "April 9, 2024", "9 April 2024",
        "on Tuesday", "last week", "next month", "Jan.", "31", "29 February", "12:30", "1,234,567", "3.5 million", "$4.2bn",
        "about", "at least", "more than", "%", "percent", "one hundred", "twenty-one", "½", "²", "1st", "9999999999999999999",
        "Mr.", "Dr.", "“", "”", "‘", "’", "—", "...", "…", "U.S.", "date ", "By ", "Follow us", "Photo:", "(Reuters) -",
        "é", "𝄞", "日本",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x80]]

    static func seeds() -> [[UInt8]] {
        var seeds: [[UInt8]] = [
            Array(#"{"id": "a", "title": "Dam opens", "published": "2024-04-09", "text": "The dam opened on Tuesday, 3 days late."}"#.utf8),
            Array(#"[{"text": "One. Two 12 km."}, {"html": "<p>About 40% of 1,200 voters, said Mr. Lee.</p>", "authors": ["A"]}]"#.utf8),
            Array("date 2024-04-09\nBridge closes\n\nThe council voted 7-2 on Monday to close it for 18 months at a cost of $4.2 million.\n".utf8),
        ]
        let samples = SharedData.packageRoot.appendingPathComponent("Samples")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []).sorted() {
            if let data = try? Data(contentsOf: samples.appendingPathComponent(name)) { seeds.append([UInt8](data)) }
        }
        return seeds
    }

    /// A description of the first problem with one input, or nil.
    static func problem(with input: [UInt8]) -> String? {
        FuzzBudget.problem(with: input, base: .milliseconds(250), perKilobyte: .milliseconds(40), exercise: exercise)
    }

    private static func exercise(_ input: [UInt8]) -> String? {
        let limit = 4 * input.count + 64
        let reader = JSONLinesReader()
        let documents = reader.read(input, origin: "fuzz").documents + reader.readJSON(input, origin: "fuzz", name: "fuzz").documents
            + [RawDocument(id: ArticleID("plain"), origin: "fuzz", bytes: input, format: .plainText)]
        let extractor = ArticleExtractor()
        let analyzer = ArticleAnalyzer()
        for document in documents.prefix(4) {
            let article = extractor.extract(document)
            guard article.text.utf8.count <= limit else { return "\(article.text.utf8.count) text bytes from \(input.count)" }
            guard !article.text.unicodeScalars.contains(where: ControlCharacters.isControl) else { return "control character kept" }
            guard !article.text.isEmpty else { continue }
            let analyzed = analyzer.analyze(article)
            guard analyzed.dates.count + analyzed.numbers.count <= limit else { return "too many mentions" }
            for mention in analyzed.dates where mention.span.end > article.text.utf8.count { return "date span outside the text" }
            for mention in analyzed.numbers where mention.span.end > article.text.utf8.count { return "number span outside the text" }
        }
        let text = String(decoding: input, as: UTF8.self)
        for line in text.split(separator: "\n").prefix(8) { _ = DateTextParser.parseField(String(line.prefix(200))) }
        guard ControlCharacters.removed(from: text).utf8.count <= text.utf8.count else { return "filter grew the text" }
        return nil
    }

    static func run(count: Int, seed: UInt64, maxLength: Int) -> [String] {
        let generator = HTMLFuzzGenerator(seed: seed, seeds: seeds(), maxLength: maxLength, fragments: fragments)
        return FuzzBudget.problems(count: count, generator: generator, problem: problem(with:))
    }

    @Test func nastyInputs() {
        let nasty: [[UInt8]] = [
            Array(String(repeating: "{\"text\": ", count: 5_000).utf8),
            Array(String(repeating: "[", count: 100_000).utf8),
            Array(("{\"text\": \"" + String(repeating: "\\u0000", count: 20_000) + "\"}").utf8),
            Array(String(repeating: "\u{1B}[", count: 20_000).utf8),
            Array(String(repeating: "12,", count: 30_000).utf8),
            Array(String(repeating: "on Tuesday ", count: 10_000).utf8),
            Array(String(repeating: "“", count: 20_000).utf8),
            Array(String(repeating: "Mr. A. ", count: 10_000).utf8),
            [UInt8](repeating: 0x0A, count: 100_000),
            // A credit in parentheses followed by a combining mark: removing it joined the mark to the character
            // before, and the next search used an index of the string before the change (the long run found it).
            Array("A bridge closed on Monday e (Photo: AP)\u{0301}(Photo: AFP)\u{0308} and (photo by X) \u{0301}(".utf8),
        ]
        for input in nasty {
            #expect(Self.problem(with: input) == nil, "\(String(decoding: input.prefix(16), as: UTF8.self))…")
        }
    }

    @Test func fuzzShort() {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_SHORT_COUNT"] ?? "") ?? 3_000
        #expect(Self.run(count: count, seed: 0xF1E1D, maxLength: 2048) == [])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_FUZZ_LONG"] == "1", "set PARALLAX_FUZZ_LONG=1"))
    func millionInputs() {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_COUNT"] ?? "") ?? 1_000_000
        #expect(Self.run(count: count, seed: 0xBADF00D, maxLength: 4096) == [])
        print("ReaderFuzz: \(count) inputs checked")
    }
}
