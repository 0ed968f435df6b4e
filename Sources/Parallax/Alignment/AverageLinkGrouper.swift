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
        // Only statements with a close enough neighbour can ever merge; each keeps its best partner so a
        // merge step does not rescan every pair.
        var candidates = (0..<count).filter { i in base[i].contains { $0 >= threshold } }
        var partner = Array(repeating: -1, count: count)
        func bestPartner(_ i: Int) -> Int {
            var best = -1
            for k in candidates where k != i && active[k] && link[i][k] >= threshold
                && !refused.contains(min(i, k) * count + max(i, k)) {
                if best < 0 || link[i][k] > link[i][best] { best = k }
            }
            return best
        }
        for i in candidates { partner[i] = bestPartner(i) }
        while true {
            var best: (Int, Int)?
            for i in candidates where active[i] && partner[i] >= 0 {
                let j = partner[i]
                let pair = (min(i, j), max(i, j))
                if let current = best {
                    let (value, bestValue) = (link[pair.0][pair.1], link[current.0][current.1])
                    if value > bestValue || (value == bestValue && pair < current) { best = pair }
                } else {
                    best = pair
                }
            }
            guard let (i, j) = best else { break }
            let (kept, dropped) = keepOnePerArticle(members[i] + members[j], articles: articles, base: base)
            if !dropped.isEmpty, average(kept, kept, articles: articles, base: base) < threshold {
                refused.insert(i * count + j)
                partner[i] = bestPartner(i)
                partner[j] = bestPartner(j)
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
            partner[i] = bestPartner(i)
            for k in candidates where active[k] && k != i {
                if partner[k] == i || partner[k] == j || (link[k][i] >= threshold && (partner[k] < 0 || link[k][i] > link[k][partner[k]])) {
                    partner[k] = bestPartner(k)
                }
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
