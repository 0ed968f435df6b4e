/// Groups statements by average-link agglomeration: two groups merge when the mean similarity of all their
/// pairs is high enough, so one loose pair cannot chain unrelated statements together.
///
/// A group holds at most one statement per article. When two groups that overlap in an article merge (one
/// article restates a fact in two sentences), the statement of that article most similar to the rest stays
/// and the other is set aside as a restatement: aligned, but not a fact of its own.
struct AverageLinkGrouper: Sendable {
    let threshold: Double

    struct Result: Sendable {
        /// Groups of indices into the input (each sorted).
        let groups: [[Int]]
        /// Indices set aside as restatements of a group's statement from the same article.
        let restatements: [Int]
    }

    /// Groups of `articles.count` items; `pairs` lists the only pairs whose similarity may be above zero.
    func group(articles: [Int], pairs: [(Int, Int)], similarity: (Int, Int) -> Double) -> Result {
        let count = articles.count
        var base = Array(repeating: Array(repeating: 0.0, count: count), count: count)
        for (i, j) in pairs where i != j && articles[i] != articles[j] {
            let value = similarity(i, j)
            base[i][j] = value
            base[j][i] = value
        }
        var members = (0..<count).map { [$0] }
        var active = Array(repeating: true, count: count)
        var link = base
        var refused = Set<Int>()
        var restatements: [Int] = []
        // Only statements with a close enough neighbour can ever merge.
        var candidates = (0..<count).filter { i in base[i].contains { $0 >= threshold } }
        while true {
            var best: (Int, Int, Double)?
            for (position, i) in candidates.enumerated() where active[i] {
                for j in candidates[(position + 1)...] where active[j] && link[i][j] >= threshold && !refused.contains(i * count + j) {
                    if best == nil || link[i][j] > best!.2 { best = (i, j, link[i][j]) }
                }
            }
            guard let (i, j, _) = best else { break }
            let (kept, dropped) = keepOnePerArticle(members[i] + members[j], articles: articles, base: base)
            if !dropped.isEmpty, average(kept, kept, articles: articles, base: base) < threshold {
                refused.insert(i * count + j)
                continue
            }
            members[i] = kept
            restatements += dropped
            active[j] = false
            candidates.removeAll { $0 == j }
            refused = refused.filter { $0 / count != i && $0 % count != i }
            for k in candidates where active[k] && k != i {
                let value = average(members[i], members[k], articles: articles, base: base)
                link[i][k] = value
                link[k][i] = value
            }
        }
        let groups = (0..<count).filter { active[$0] }.map { members[$0].sorted() }
        return Result(groups: groups, restatements: restatements.sorted())
    }

    /// The members with, for each article, only its statement closest to the others.
    private func keepOnePerArticle(_ members: [Int], articles: [Int], base: [[Double]]) -> (kept: [Int], dropped: [Int]) {
        var bestOfArticle: [Int: (member: Int, score: Double)] = [:]
        for member in members {
            let score = members.reduce(0.0) { $0 + base[member][$1] }
            if let current = bestOfArticle[articles[member]], current.score > score || (current.score == score && current.member < member) {
                continue
            }
            bestOfArticle[articles[member]] = (member, score)
        }
        let kept = Set(bestOfArticle.values.map(\.member))
        return (members.filter { kept.contains($0) }, members.filter { !kept.contains($0) })
    }

    /// Mean similarity over the pairs of different articles between two groups (or within one).
    private func average(_ a: [Int], _ b: [Int], articles: [Int], base: [[Double]]) -> Double {
        var sum = 0.0
        var pairs = 0
        for x in a {
            for y in b where x != y && articles[x] != articles[y] {
                sum += base[x][y]
                pairs += 1
            }
        }
        return pairs == 0 ? 0 : sum / Double(pairs)
    }
}
