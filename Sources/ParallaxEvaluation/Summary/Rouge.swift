import Parallax
/// ROUGE-1, ROUGE-2 and ROUGE-SU4 (skip-bigrams with at most 4 words between, plus unigrams) with clipped counts.
///
/// Tokens come from `RougeTokenizer` (rouge-score's tokenizer); each reference is scored on its own and the
/// scores are averaged, the way `../shared/bench/README.md` defines the metric.
package struct Rouge: Sendable {
    /// How summaries are read and compared.
    package struct Configuration: Sendable {
        /// Porter-stem words longer than three letters (rouge-score's `use_stemmer=True`).
        package var stems: Bool
        /// Summaries are cut to this many words before scoring (the MultiLing task's 250); nil keeps all.
        package var wordLimit: Int?
        /// The most words a skip-bigram may skip (the 4 of SU4).
        package var maxSkipGap: Int

        package init(stems: Bool = true, wordLimit: Int? = 250, maxSkipGap: Int = 4) {
            self.stems = stems
            self.wordLimit = wordLimit
            self.maxSkipGap = maxSkipGap
        }

        /// Stemmed, 250 words, SU4: the benchmark's definition.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// The scores of `candidate` against one reference.
    package func score(candidate: String, reference: String) -> RougeScores {
        let tokenizer = RougeTokenizer(stems: configuration.stems, wordLimit: configuration.wordLimit)
        var vocabulary = Vocabulary()
        let candidateGrams = NGramCounts(ids: vocabulary.ids(tokenizer.tokens(candidate)), maxSkipGap: configuration.maxSkipGap)
        let referenceGrams = NGramCounts(ids: vocabulary.ids(tokenizer.tokens(reference)), maxSkipGap: configuration.maxSkipGap)
        return candidateGrams.scores(against: referenceGrams)
    }

    /// The scores of `candidate` against each reference, averaged.
    package func score(candidate: String, references: [String]) -> RougeScores {
        .mean(references.map { score(candidate: candidate, reference: $0) })
    }
}

/// Interns tokens as small integers so n-grams are cheap keys.
private struct Vocabulary {
    private var table: [String: UInt32] = [:]

    mutating func ids(_ tokens: [String]) -> [UInt32] {
        tokens.map { token in
            if let id = table[token] { return id }
            let id = UInt32(table.count)
            table[token] = id
            return id
        }
    }
}

/// The unigram, bigram and skip-bigram counts of one token sequence.
private struct NGramCounts {
    let unigrams: [UInt64: Int]
    let bigrams: [UInt64: Int]
    let skipBigrams: [UInt64: Int]
    let tokenCount: Int

    init(ids: [UInt32], maxSkipGap: Int) {
        var unigrams: [UInt64: Int] = [:]
        var bigrams: [UInt64: Int] = [:]
        var skipBigrams: [UInt64: Int] = [:]
        for (index, id) in ids.enumerated() {
            unigrams[UInt64(id), default: 0] += 1
            var next = index + 1
            while next < ids.count && next - index - 1 <= maxSkipGap {
                let key = UInt64(id) << 32 | UInt64(ids[next])
                if next == index + 1 { bigrams[key, default: 0] += 1 }
                skipBigrams[key, default: 0] += 1
                next += 1
            }
        }
        self.unigrams = unigrams
        self.bigrams = bigrams
        self.skipBigrams = skipBigrams
        tokenCount = ids.count
    }

    private static func overlap(_ candidate: [UInt64: Int], _ reference: [UInt64: Int]) -> Int {
        candidate.reduce(0) { sum, entry in sum + min(entry.value, reference[entry.key] ?? 0) }
    }

    private static func total(_ counts: [UInt64: Int]) -> Int { counts.values.reduce(0, +) }

    func scores(against reference: NGramCounts) -> RougeScores {
        let unigramOverlap = Self.overlap(unigrams, reference.unigrams)
        let skipOverlap = Self.overlap(skipBigrams, reference.skipBigrams)
        return RougeScores(
            rouge1: RougeScore(overlap: unigramOverlap, candidateCount: tokenCount, referenceCount: reference.tokenCount),
            rouge2: RougeScore(
                overlap: Self.overlap(bigrams, reference.bigrams),
                candidateCount: Self.total(bigrams), referenceCount: Self.total(reference.bigrams)
            ),
            rougeSU4: RougeScore(
                overlap: unigramOverlap + skipOverlap,
                candidateCount: tokenCount + Self.total(skipBigrams),
                referenceCount: reference.tokenCount + Self.total(reference.skipBigrams)
            )
        )
    }
}
