/// Groups statements by average-link agglomeration: two groups merge when the mean similarity of all their
/// pairs is high enough, so one loose pair cannot chain unrelated statements together.
///
/// A group holds at most one statement per article. When two groups that overlap in an article merge (one
/// article restates a fact in two sentences), the statement of that article most similar to the rest stays
/// and the other is set aside as a restatement: aligned, but not a fact of its own.
///
/// Similarities are kept sparse (only the given pairs), each group keeps its best partner, and the best pair
/// overall comes from a heap, so the cost follows the close pairs and the merges, not the square of the
/// statements: a story of two thousand articles has tens of thousands of them.
struct AverageLinkGrouper: Sendable {
    let threshold: Double

    struct Result: Sendable {
        /// Groups of indices into the input (each sorted).
        let groups: [[Int]]
        /// Indices set aside as restatements of a group's statement from the same article.
        let restatements: [Int]
    }

    /// Groups of `articles.count` items; `pairs` lists the only pairs whose similarity may be above zero.
    ///
    /// Only items with a pair at or above the threshold can ever merge (a mean of lower values stays lower);
    /// the others stay groups of one.
    func group(articles: [Int], pairs: [(Int, Int)], similarity: (Int, Int) -> Double) -> Result {
        let count = articles.count
        var base = Array(repeating: [Int: Double](), count: count)
        for (i, j) in pairs where i != j && articles[i] != articles[j] {
            let value = similarity(i, j)
            base[i][j] = value
            base[j][i] = value
        }
        var members = (0..<count).map { [$0] }
        var active = Array(repeating: true, count: count)
        // Group → the groups it has a non-zero mean similarity with, and that mean.
        var link = base
        var refused = Set<Int>()
        var restatements: [Int] = []
        var partner = Array(repeating: -1, count: count)
        // Group → the groups whose best partner it is.
        var wantedBy = Array(repeating: Set<Int>(), count: count)
        // Item → the active group holding it (-1 once set aside as a restatement).
        var groupOfItem = Array(0..<count)
        var heap = PairHeap()
        func bestPartner(_ i: Int) -> Int {
            var best = -1
            for (k, value) in link[i] where active[k] && value >= threshold && !refused.contains(min(i, k) * count + max(i, k)) {
                if best < 0 || value > link[i][best]! || (value == link[i][best]! && k < best) { best = k }
            }
            return best
        }
        func setPartner(_ i: Int, _ k: Int) {
            if partner[i] >= 0 { wantedBy[partner[i]].remove(i) }
            partner[i] = k
            guard k >= 0 else { return }
            wantedBy[k].insert(i)
            heap.push(value: link[i][k]!, pair: (min(i, k), max(i, k)), owner: i)
        }
        for i in 0..<count where base[i].values.contains(where: { $0 >= threshold }) { setPartner(i, bestPartner(i)) }
        while let top = heap.pop() {
            // Entries go stale when a partner or a link changes; the live one is pushed again then.
            let (i, j) = top.pair
            guard active[top.owner], partner[top.owner] == (top.owner == i ? j : i), link[i][j] == top.value else { continue }
            let (kept, dropped) = keepOnePerArticle(members[i] + members[j], articles: articles, base: base)
            if !dropped.isEmpty, average(kept, kept, articles: articles, base: base) < threshold {
                refused.insert(i * count + j)
                setPartner(i, bestPartner(i))
                setPartner(j, bestPartner(j))
                continue
            }
            members[i] = kept
            restatements += dropped
            for x in kept { groupOfItem[x] = i }
            for x in dropped { groupOfItem[x] = -1 }
            active[j] = false
            setPartner(j, -1)
            refused = refused.filter { $0 / count != i && $0 % count != i }
            // The merged group's links: only groups sharing a non-zero pair with it can have one.
            var neighbours = Set<Int>()
            for x in members[i] {
                for y in base[x].keys where groupOfItem[y] >= 0 && groupOfItem[y] != i { neighbours.insert(groupOfItem[y]) }
            }
            for k in Set(link[i].keys).union(link[j].keys) {
                link[k][i] = nil
                link[k][j] = nil
            }
            link[i] = [:]
            link[j] = [:]
            for k in neighbours where active[k] {
                let value = average(members[i], members[k], articles: articles, base: base)
                link[i][k] = value
                link[k][i] = value
            }
            setPartner(i, bestPartner(i))
            // A group re-chooses when its partner was merged away, or the merged group beats its partner.
            var revisit = wantedBy[i].union(wantedBy[j])
            for k in link[i].keys where link[k][i]! >= threshold { revisit.insert(k) }
            for k in revisit.sorted() where active[k] && k != i {
                let current = partner[k]
                if current == i || current == j || (link[k][i] ?? 0) >= threshold && (current < 0 || link[k][i]! > (link[k][current] ?? 0)) {
                    setPartner(k, bestPartner(k))
                }
            }
        }
        let groups = (0..<count).filter { active[$0] }.map { members[$0].sorted() }
        return Result(groups: groups, restatements: restatements.sorted())
    }

    /// The members with, for each article, only its statement closest to the others.
    private func keepOnePerArticle(_ members: [Int], articles: [Int], base: [[Int: Double]]) -> (kept: [Int], dropped: [Int]) {
        var bestOfArticle: [Int: (member: Int, score: Double)] = [:]
        for member in members {
            let score = members.reduce(0.0) { $0 + (base[member][$1] ?? 0) }
            if let current = bestOfArticle[articles[member]], current.score > score || (current.score == score && current.member < member) {
                continue
            }
            bestOfArticle[articles[member]] = (member, score)
        }
        let kept = Set(bestOfArticle.values.map(\.member))
        return (members.filter { kept.contains($0) }, members.filter { !kept.contains($0) })
    }

    /// Mean similarity over the pairs of different articles between two groups (or within one).
    private func average(_ a: [Int], _ b: [Int], articles: [Int], base: [[Int: Double]]) -> Double {
        var sum = 0.0
        var pairs = 0
        for x in a {
            for y in b where x != y && articles[x] != articles[y] {
                sum += base[x][y] ?? 0
                pairs += 1
            }
        }
        return pairs == 0 ? 0 : sum / Double(pairs)
    }
}
