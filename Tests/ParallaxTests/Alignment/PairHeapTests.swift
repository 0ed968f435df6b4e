import Testing
@testable import Parallax

/// Candidate merges come out highest first, ties to the smaller pair, then the smaller owner.
@Suite struct PairHeapTests {
    @Test func popsInMergeOrder() {
        var heap = PairHeap()
        let pushed: [(Double, (Int, Int), Int)] = [
            (0.4, (2, 5), 5), (0.9, (3, 4), 3), (0.4, (1, 7), 1), (0.9, (1, 9), 9), (0.9, (1, 9), 1), (0.1, (0, 1), 0),
        ]
        for (value, pair, owner) in pushed { heap.push(value: value, pair: pair, owner: owner) }
        var popped: [String] = []
        while let entry = heap.pop() { popped.append("\(entry.value) \(entry.pair.0)-\(entry.pair.1) \(entry.owner)") }
        #expect(popped == ["0.9 1-9 1", "0.9 1-9 9", "0.9 3-4 3", "0.4 1-7 1", "0.4 2-5 5", "0.1 0-1 0"])
        #expect(heap.pop() == nil)
    }
}
