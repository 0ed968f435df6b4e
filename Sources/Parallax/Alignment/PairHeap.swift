/// A binary heap of candidate merges: the highest value first, ties to the smaller pair (first index, then
/// second), the order in which `AverageLinkGrouper` merges. `owner` is the group whose partner choice the
/// entry records, so a stale entry can be recognised when it comes up.
struct PairHeap: Sendable {
    struct Entry: Sendable {
        let value: Double
        let pair: (Int, Int)
        let owner: Int
    }

    private var entries: [Entry] = []

    mutating func push(value: Double, pair: (Int, Int), owner: Int) {
        entries.append(Entry(value: value, pair: pair, owner: owner))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        entries[0] = last
        var parent = 0
        while true {
            let (left, right) = (2 * parent + 1, 2 * parent + 2)
            var first = parent
            if left < entries.count, Self.before(entries[left], entries[first]) { first = left }
            if right < entries.count, Self.before(entries[right], entries[first]) { first = right }
            guard first != parent else { return top }
            entries.swapAt(parent, first)
            parent = first
        }
    }

    private static func before(_ a: Entry, _ b: Entry) -> Bool {
        a.value != b.value ? a.value > b.value : a.pair != b.pair ? a.pair < b.pair : a.owner < b.owner
    }
}
