import ArgumentParser
import Sketch

/// The order in which `parallax eval clustering` streams a benchmark's documents.
enum StreamOrder: String, ExpressibleByArgument, CaseIterable {
    /// By id: ECB+ by doc id, UCI headlines by timestamp (the published figures).
    case id
    /// As the benchmark file lists them (ECB+: topic by topic, each sub-topic's documents together).
    case listed
    /// A seeded shuffle: by the hash of each id under the seed, the same on every machine.
    case shuffled

    func arrange<Item>(_ items: [Item], id: (Item) -> String, seed: UInt64) -> [Item] {
        switch self {
        case .id: return items.sorted { id($0) < id($1) }
        case .listed: return items
        case .shuffled:
            return items.map { (key: WyHash.hash(id($0), seed: seed), item: $0) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : id($0.item) < id($1.item) }
                .map(\.item)
        }
    }
}
