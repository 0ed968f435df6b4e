import Foundation
import Testing
@testable import Parallax

/// The nasty corpus as a normal test and a 20,000-input deterministic fuzz run (the long run is `HTMLFuzzLongTests`).
@Suite struct HTMLFuzzTests {
    static let nastyFolder = SharedData.fixture("HTMLParsing/nasty")

    static func nastyInputs() -> [(name: String, bytes: [UInt8])] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: nastyFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: nastyFolder.appendingPathComponent(name)) else { return nil }
            return (name, [UInt8](data))
        }
    }

    /// The seeds the generator mutates: the nasty corpus, the golden fixtures and the feed fixtures.
    static func seeds() -> [[UInt8]] {
        var seeds = nastyInputs().map(\.bytes)
        for folder in ["HTMLParsing/golden", "Feeds"] {
            let url = SharedData.fixture(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in files.sorted() where name.hasSuffix(".html") || name.hasSuffix(".xml") {
                if let data = try? Data(contentsOf: url.appendingPathComponent(name)) { seeds.append([UInt8](data)) }
            }
        }
        return seeds
    }

    @Test func nastyCorpusParsesWithinBudget() {
        let inputs = Self.nastyInputs()
        #expect(inputs.count >= 20)
        for (name, bytes) in inputs {
            #expect(HTMLFuzzCheck.problem(with: bytes) == nil, "\(name)")
        }
    }

    @Test func pathologicalSizesStayLinear() {
        let big: [[UInt8]] = [
            Array(String(repeating: "<div>", count: 40_000).utf8),
            Array(String(repeating: "</p>", count: 40_000).utf8),
            Array(("<p>" + String(repeating: "<span>", count: 510) + String(repeating: "<div>", count: 20_000)).utf8),
            Array(("<a title=\"" + String(repeating: "&amp;", count: 40_000) + "\">").utf8),
            Array(String(repeating: "<!", count: 60_000).utf8),
            Array(String(repeating: "<a ", count: 20_000).utf8),
            Array(String(repeating: "<li><dd><tr><td>", count: 10_000).utf8),
        ]
        for input in big {
            #expect(HTMLFuzzCheck.problem(with: input) == nil, "\(String(decoding: input.prefix(20), as: UTF8.self))…")
        }
    }

    @Test func fuzzShort() {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_SHORT_COUNT"] ?? "") ?? 20_000
        #expect(Self.run(count: count, seed: 0x5EED, maxLength: 1024) == [])
    }

    /// Runs `count` generated inputs; returns the first few problems with the input's number.
    static func run(count: Int, seed: UInt64, maxLength: Int = 8192) -> [String] {
        let generator = HTMLFuzzGenerator(seed: seed, seeds: seeds(), maxLength: maxLength)
        return FuzzBudget.problems(count: count, generator: generator, problem: HTMLFuzzCheck.problem(with:))
    }
}
