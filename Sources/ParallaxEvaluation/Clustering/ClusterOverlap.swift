import Parallax
/// How many items each predicted cluster shares with each gold cluster, over the items both clusterings hold.
struct ClusterOverlap<Predicted: Hashable, Gold: Hashable> {
    /// Predicted cluster → gold cluster → the items they share (only non-empty cells).
    private(set) var cells: [Predicted: [Gold: Int]] = [:]
    private(set) var goldSize: [Gold: Int] = [:]
    /// How many items both clusterings hold.
    private(set) var itemCount = 0

    /// Counts the items present in both maps (item → cluster label); items in only one are ignored.
    init<Item: Hashable>(predicted: [Item: Predicted], gold: [Item: Gold]) {
        for (item, cluster) in predicted {
            guard let label = gold[item] else { continue }
            cells[cluster, default: [:]][label, default: 0] += 1
            goldSize[label, default: 0] += 1
            itemCount += 1
        }
    }
}
