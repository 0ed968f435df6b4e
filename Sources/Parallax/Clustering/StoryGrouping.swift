/// When two stories are related (one group, shown as related coverage): each story links to its most similar story
/// when that story is close, or when it stands out from the story's other neighbours.
///
/// Grouping reads the stories as clustering left them and changes nothing in the index, so these settings are not
/// part of the index configuration: a store keeps its index whatever they are.
package struct StoryGrouping: Sendable, Hashable {
    /// The similarity of two stories at or above which they are related, however close the story's other
    /// neighbours are.
    package var threshold: Double
    /// The least similarity at which a story's nearest story is related because it stands out (below the threshold).
    package var floor: Double
    /// How many times the mean similarity of the story's next `background` stories a nearer story must reach to
    /// stand out (0: no story stands out; the threshold alone links).
    package var contrast: Double
    /// How many of the story's next most similar stories make its background (stories that share none of its
    /// heaviest terms count as 0).
    package var background: Int
    /// How far the similarity of two stories moves from the full cosine towards the cosine of topic words alone
    /// (0: full cosine only): related stories share the topic's vocabulary, not necessarily its names.
    package var contentShare: Double
    /// How many of its most similar stories a story may link to (0: all that pass): linking only the nearest
    /// keeps a chain of loosely alike stories from becoming one group.
    package var neighbors: Int

    package init(
        threshold: Double = 0.25, floor: Double = 0.15, contrast: Double = 1.5, background: Int = 10,
        contentShare: Double = 0.7, neighbors: Int = 1
    ) {
        self.threshold = threshold
        self.floor = floor
        self.contrast = contrast
        self.background = background
        self.contentShare = contentShare
        self.neighbors = neighbors
    }

    /// A story links to its one most similar story when their similarity, moved 70 % of the way towards the cosine
    /// of topic words, is ≥ 0.25, or ≥ 0.15 and at least 1.5 times the mean of its next 10 stories: a story told
    /// in words of its own sits far from every other story, so a nearest story that stands out from the rest is
    /// related even at a low cosine, where a story in a crowded vocabulary (shootings, trials) needs the threshold.
    /// Chosen on ECB+ topics as the mean of 10 stream orders (BENCHMARKS.md lists the sweep).
    package static let `default` = StoryGrouping()

    /// Which of the scored stories one story links to, most similar first (ties by position).
    func links(_ scored: [(story: Int, similarity: Double)]) -> [Int] {
        let ranked = scored.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.story < $1.story }
        var linked: [Int] = []
        for (rank, entry) in ranked.prefix(neighbors > 0 ? neighbors : ranked.count).enumerated() {
            if entry.similarity >= threshold || (entry.similarity >= floor && standsOut(entry.similarity, ranked[(rank + 1)...])) {
                linked.append(entry.story)
            }
        }
        return linked
    }

    /// Whether a similarity is at least `contrast` times the mean of the next `background` similarities.
    private func standsOut(_ similarity: Double, _ rest: ArraySlice<(story: Int, similarity: Double)>) -> Bool {
        guard contrast > 0, background > 0 else { return false }
        let sum = rest.prefix(background).reduce(0) { $0 + $1.similarity }
        return similarity >= contrast * sum / Double(background)
    }
}
