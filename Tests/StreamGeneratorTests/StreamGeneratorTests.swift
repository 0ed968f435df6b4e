import Testing
import StreamGenerator

@Suite struct StreamGeneratorTests {
    /// Made-up texts: paragraphs of pseudo-words drawn with the generator's own PRNG (no bench text in tests).
    static let texts: [String] = {
        var generator = SplitMix64(seed: 2024)
        let vocabulary = (0..<3000).map { "w\($0)" + (($0 % 7 == 0) ? "." : "") }
        return (0..<40).map { _ in
            (0..<generator.inRange(2...8)).map { _ in
                (0..<generator.inRange(20...90)).map { _ in vocabulary[generator.below(vocabulary.count)] }
                    .joined(separator: " ")
            }.joined(separator: "\n")
        }
    }()

    static func configuration(seed: UInt64) -> StreamGenerator.Configuration {
        var configuration = StreamGenerator.Configuration(count: 400, seed: seed)
        configuration.copyShare = 0.3
        return configuration
    }

    @Test func sameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        let first = StreamGenerator(texts: Self.texts, configuration: Self.configuration(seed: 7)).generate()
        let again = StreamGenerator(texts: Self.texts, configuration: Self.configuration(seed: 7)).generate()
        let other = StreamGenerator(texts: Self.texts, configuration: Self.configuration(seed: 8)).generate()
        #expect(first.articles == again.articles)
        #expect(first.planted == again.planted)
        #expect(first.articles.map(\.text) != other.articles.map(\.text))
    }

    @Test func streamHasRealSplicedAndCopiedArticlesInIdOrder() {
        let stream = StreamGenerator(texts: Self.texts, configuration: Self.configuration(seed: 3)).generate()
        #expect(stream.articles.count == 400)
        #expect(stream.articles.map(\.id) == stream.articles.map(\.id).sorted())
        #expect(Set(stream.articles.map(\.id)).count == 400)
        #expect(stream.articles.filter { $0.origin == .real }.count == Self.texts.count)
        let copies = stream.articles.filter { $0.origin == .copy }.count
        #expect(copies == stream.planted.count)
        #expect(copies > 80 && copies < 160, "\(copies) copies for a share of 0.3")
        // Every copy comes after its original, and its original is not itself a copy.
        let origin = Dictionary(uniqueKeysWithValues: stream.articles.map { ($0.id, $0.origin) })
        for pair in stream.planted {
            #expect(pair.original < pair.copy)
            #expect(origin[pair.original] != .copy)
        }
    }

    @Test func plantedJaccardIsExactAndCloseToTheTarget() {
        let stream = StreamGenerator(texts: Self.texts, configuration: Self.configuration(seed: 5)).generate()
        let text = Dictionary(uniqueKeysWithValues: stream.articles.map { ($0.id, $0.text) })
        var close = 0, long = 0
        for pair in stream.planted {
            let original = ShingleSet(text: text[pair.original]!)
            let exact = ShingleSet(text: text[pair.copy]!).jaccard(original)
            #expect(abs(exact - pair.jaccard) < 1e-12, "recorded \(pair.jaccard), measured \(exact)")
            #expect(pair.target >= 0.5 && pair.target <= 1)
            // A word edit moves the Jaccard of a 100-word text by about 0.1, so only longer texts can hit the target.
            guard original.hashes.count >= 100 else { continue }
            long += 1
            if abs(pair.jaccard - pair.target) <= 0.03 { close += 1 }
        }
        #expect(long >= 50)
        #expect(Double(close) >= Double(long) * 0.95, "\(close) of \(long) within 0.03 of the target")
    }

    @Test func splitMixIsSeededAndBounded() {
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1), c = SplitMix64(seed: 2)
        let first = (0..<8).map { _ in a.next() }
        #expect(first == (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
        for _ in 0..<1000 {
            #expect((0..<7).contains(a.below(7)))
            let unit = a.unit()
            #expect(unit >= 0 && unit < 1)
        }
        var numbers = Array(0..<50)
        a.shuffle(&numbers)
        #expect(numbers.sorted() == Array(0..<50))
        #expect(numbers != Array(0..<50))
    }

    @Test func longLinesAreCutAtSentenceEnds() {
        let sentence = (0..<30).map { "word\($0)" }.joined(separator: " ") + "."
        let line = (0..<6).map { _ in sentence.replacingFirst() }.joined(separator: " ")
        let source = SourceText(text: line)
        #expect(source.paragraphs.count == 2, "six 30-word sentences in groups of three")
        #expect(source.wordCount == 180)
    }
}

private extension String {
    /// Capitalizes the first letter, so the next sentence starts like one.
    func replacingFirst() -> String { prefix(1).uppercased() + dropFirst() }
}
