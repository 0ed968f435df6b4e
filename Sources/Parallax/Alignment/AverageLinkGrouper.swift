/// Groups statements by average-link agglomeration: two groups merge when the mean similarity of all their
/// pairs is high enough, so one loose pair cannot chain unrelated statements together. A group never holds
/// two statements of the same article.
struct AverageLinkGrouper: Sendable {
    let threshold: Double

    /// Groups of indices into `articles` (each group sorted), given the pairwise similarity.
    func group(articles: [Int], similarity: (Int, Int) -> Double) -> [[Int]] {
        let count = articles.count
        var matrix = Array(repeating: Array(repeating: 0.0, count: count), count: count)
        for i in 0..<count {
            for j in (i + 1)..<count where articles[i] != articles[j] {
                let value = similarity(i, j)
                matrix[i][j] = value
                matrix[j][i] = value
            }
        }
        var members = (0..<count).map { [$0] }
        var articleSets = articles.map { Set([$0]) }
        var active = Array(repeating: true, count: count)
        // Only pairs that could ever merge are worth scanning again.
        var candidates = Set<Int>()
        for i in 0..<count where matrix[i].contains(where: { $0 >= threshold }) { candidates.insert(i) }
        while true {
            var best: (Int, Int, Double)?
            let list = candidates.sorted()
            for i in list where active[i] {
                for j in list where j > i && active[j] && matrix[i][j] >= threshold {
                    guard articleSets[i].isDisjoint(with: articleSets[j]) else { continue }
                    if best == nil || matrix[i][j] > best!.2 { best = (i, j, matrix[i][j]) }
                }
            }
            guard let (i, j, _) = best else { break }
            let (sizeI, sizeJ) = (Double(members[i].count), Double(members[j].count))
            for k in 0..<count where active[k] && k != i && k != j {
                let merged = (sizeI * matrix[i][k] + sizeJ * matrix[j][k]) / (sizeI + sizeJ)
                matrix[i][k] = merged
                matrix[k][i] = merged
            }
            members[i] += members[j]
            articleSets[i].formUnion(articleSets[j])
            active[j] = false
            candidates.remove(j)
        }
        return (0..<count).filter { active[$0] }.map { members[$0].sorted() }
    }
}
