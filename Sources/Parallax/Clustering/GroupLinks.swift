/// Which other stories one story links to when related stories are grouped.
enum GroupLinks {
    /// The stories scored at or above the threshold, most similar first (ties by position), at most `neighbors`
    /// of them (0: all).
    static func strongest(_ scored: [(story: Int, similarity: Double)], threshold: Double, neighbors: Int) -> [Int] {
        let passing = scored.filter { $0.similarity >= threshold }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.story < $1.story }
        return (neighbors > 0 ? Array(passing.prefix(neighbors)) : passing).map(\.story)
    }
}
