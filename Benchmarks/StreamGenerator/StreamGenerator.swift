/// Makes a deterministic stream of articles from real texts: the texts themselves, new articles spliced from their
/// paragraphs (so a stream can be far longer than the texts), and planted copies edited to a known Jaccard.
///
/// The same sources, configuration and seed give the same stream, byte for byte: all randomness comes from
/// `SplitMix64`. A copy's original is an earlier real or spliced article, so copies appear after what they copy.
public struct StreamGenerator: Sendable {
    /// The size and make-up of a stream.
    public struct Configuration: Sendable, Hashable {
        /// Articles in the stream.
        public var count: Int
        /// Seed of every random choice.
        public var seed: UInt64
        /// Share of the stream that are planted copies.
        public var copyShare: Double
        /// Planted copies aim at a Jaccard drawn uniformly from this range.
        public var targets: ClosedRange<Double>
        /// Words per shingle for the Jaccard of planted pairs.
        public var shingleSize: Int
        /// Real texts a spliced article takes paragraphs from.
        public var splicedSources: ClosedRange<Int>
        /// Consecutive paragraphs taken from each of them.
        public var splicedRun: ClosedRange<Int>
        /// Share of a spliced article's words replaced by random words, so spliced articles differ from each other.
        public var splicedNoise: Double

        public init(
            count: Int, seed: UInt64 = 1, copyShare: Double = 0.1, targets: ClosedRange<Double> = 0.5...1.0,
            shingleSize: Int = 5, splicedSources: ClosedRange<Int> = 2...5, splicedRun: ClosedRange<Int> = 1...3,
            splicedNoise: Double = 0.03
        ) {
            self.count = count
            self.seed = seed
            self.copyShare = copyShare
            self.targets = targets
            self.shingleSize = shingleSize
            self.splicedSources = splicedSources
            self.splicedRun = splicedRun
            self.splicedNoise = splicedNoise
        }

        /// 10,000 articles, one in ten a copy aimed at a Jaccard in [0.5, 1], word 5-shingles (as copy detection
        /// uses), spliced articles of 2–5 texts with 3 % of their words replaced.
        public static let `default` = Configuration(count: 10_000)
    }

    public let configuration: Configuration
    private let sources: [SourceText]
    private let editor: CopyEditor

    /// `texts` are the real articles, in a fixed order (the caller sorts them); empty texts are ignored.
    public init(texts: [String], configuration: Configuration = .default) {
        self.configuration = configuration
        sources = texts.map { SourceText(text: $0) }.filter { $0.wordCount > 0 }
        precondition(!sources.isEmpty, "the generator needs at least one text with words")
        editor = CopyEditor(
            words: sources.flatMap { $0.paragraphs.joined() },
            paragraphs: sources.flatMap(\.paragraphs),
            boilerplate: Boilerplate.lines.map { $0.split(separator: " ").map(String.init) },
            shingleSize: configuration.shingleSize)
    }

    /// The stream in order, each article handed to `emit` as it is made; returns the planted pairs.
    public func generate(emit: (StreamArticle) -> Void) -> [PlantedPair] {
        var generator = SplitMix64(seed: configuration.seed)
        var realOrder = Array(sources.indices)
        generator.shuffle(&realOrder)
        var nextReal = 0
        var originals: [(id: String, text: String)] = []
        var planted: [PlantedPair] = []
        let width = String(configuration.count).count
        for index in 0..<configuration.count {
            let id = "g" + String(repeating: "0", count: width - String(index).count) + String(index)
            if !originals.isEmpty && generator.unit() < configuration.copyShare {
                let original = originals[generator.below(originals.count)]
                let span = configuration.targets.upperBound - configuration.targets.lowerBound
                let target = configuration.targets.lowerBound + span * generator.unit()
                let edited = editor.copy(of: SourceText(text: original.text).paragraphs, target: target, using: &generator)
                emit(StreamArticle(id: id, text: SourceText.render(edited.paragraphs), origin: .copy))
                planted.append(PlantedPair(copy: id, original: original.id, target: target, jaccard: edited.jaccard))
                continue
            }
            let article: StreamArticle
            if nextReal < realOrder.count {
                article = StreamArticle(id: id, text: sources[realOrder[nextReal]].text, origin: .real)
                nextReal += 1
            } else {
                article = StreamArticle(id: id, text: SourceText.render(spliced(using: &generator)), origin: .composite)
            }
            originals.append((id, article.text))
            emit(article)
        }
        return planted
    }

    /// The whole stream and its planted pairs, for tests and small streams.
    public func generate() -> (articles: [StreamArticle], planted: [PlantedPair]) {
        var articles: [StreamArticle] = []
        let planted = generate { articles.append($0) }
        return (articles, planted)
    }

    /// Runs of paragraphs from a few texts, shuffled, with some words replaced.
    private func spliced(using generator: inout SplitMix64) -> [[String]] {
        var paragraphs: [[String]] = []
        for _ in 0..<generator.inRange(configuration.splicedSources) {
            let source = sources[generator.below(sources.count)].paragraphs
            let run = min(source.count, generator.inRange(configuration.splicedRun))
            let start = generator.below(source.count - run + 1)
            paragraphs.append(contentsOf: source[start..<(start + run)])
        }
        generator.shuffle(&paragraphs)
        for paragraph in paragraphs.indices {
            for word in paragraphs[paragraph].indices where generator.unit() < configuration.splicedNoise {
                paragraphs[paragraph][word] = editor.words[generator.below(editor.words.count)]
            }
        }
        return paragraphs
    }
}
