import Sketch

/// Aligns the maximal runs of common words between two articles, seeded by shared word n-grams.
struct PassageAligner {
    let gramSize: Int
    let seed: UInt64

    func passages(_ a: AnalyzedArticle, _ b: AnalyzedArticle) -> [SharedPassage] {
        let wordsA = a.tokens.indices.filter { a.tokens[$0].kind != .punctuation }
        let wordsB = b.tokens.indices.filter { b.tokens[$0].kind != .punctuation }
        let hashesA = wordsA.map { WyHash.hash(a.tokens[$0].normalized, seed: seed) }
        let hashesB = wordsB.map { WyHash.hash(b.tokens[$0].normalized, seed: seed) }
        guard hashesA.count >= gramSize, hashesB.count >= gramSize else { return [] }
        let shingler = Shingler(size: gramSize, seed: seed)
        let gramsA = shingler.shingles(ofTokenHashes: hashesA)
        var startsB: [UInt64: [Int]] = [:]
        for (position, gram) in shingler.shingles(ofTokenHashes: hashesB).enumerated() {
            startsB[gram, default: []].append(position)
        }
        var result: [SharedPassage] = []
        var i = 0
        while i < gramsA.count {
            var bestStart = -1, bestLength = 0
            for j in startsB[gramsA[i]] ?? [] {
                var length = 0
                // Verify word by word: the gram hash only proposes the alignment.
                while i + length < a.tokens.count, j + length < hashesB.count, i + length < hashesA.count,
                      a.tokens[wordsA[i + length]].normalized == b.tokens[wordsB[j + length]].normalized {
                    length += 1
                }
                if length > bestLength { (bestStart, bestLength) = (j, length) }
            }
            guard bestLength >= gramSize else {
                i += 1
                continue
            }
            let firstSpan = TextSpan(
                article: a.id, start: a.tokens[wordsA[i]].start, end: a.tokens[wordsA[i + bestLength - 1]].end)
            let secondSpan = TextSpan(
                article: b.id, start: b.tokens[wordsB[bestStart]].start,
                end: b.tokens[wordsB[bestStart + bestLength - 1]].end)
            result.append(SharedPassage(first: firstSpan, second: secondSpan, wordCount: bestLength))
            i += bestLength
        }
        return result
    }
}
