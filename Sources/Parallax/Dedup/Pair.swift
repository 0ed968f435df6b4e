/// An unordered pair of article positions, so a relation is recorded once whichever side is found first.
struct Pair: Hashable {
    let low: Int
    let high: Int

    init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }
}
