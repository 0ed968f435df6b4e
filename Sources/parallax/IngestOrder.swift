import Parallax

/// The order `parallax ingest` adds articles in, which `parallax assign` keeps so that both make the same
/// stories: the input's order in batches of `batchSize`, each batch in publication order (`StoryClusterer
/// .streamOrder`, as `brief` streams articles into its clusterer), articles that gave no analysis first.
enum IngestOrder {
    /// Documents extracted and analyzed together: enough to keep both cores busy, few enough that an interrupted
    /// run has done little work it did not commit.
    static let batchSize = 32

    /// The items in consecutive batches of `batchSize`.
    static func batches<Item>(of items: [Item]) -> [ArraySlice<Item>] {
        stride(from: 0, to: items.count, by: batchSize).map { items[$0..<min($0 + batchSize, items.count)] }
    }

    /// One batch in the order its articles are added.
    static func arranged<Item>(_ batch: some Sequence<Item>, analyzed: (Item) -> AnalyzedArticle?) -> [Item] {
        batch.sorted {
            switch (analyzed($0), analyzed($1)) {
            case let (a?, b?): return StoryClusterer.streamOrder(a, b)
            case (nil, _?): return true
            default: return false
            }
        }
    }
}
