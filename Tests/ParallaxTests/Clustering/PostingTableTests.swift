import Testing
@testable import Parallax

/// The pooled posting lists behave exactly like one capped array per term.
@Suite struct PostingTableTests {
    /// The plain model the table replaces: most recent last, a re-post moves to the end, the oldest dropped when full.
    private static func reference(_ lists: inout [[Int32]], _ story: Int32, _ term: Int, limit: Int) {
        if let at = lists[term].lastIndex(of: story) {
            lists[term].remove(at: at)
        } else if lists[term].count >= limit {
            lists[term].removeFirst()
        }
        lists[term].append(story)
    }

    @Test(arguments: [1, 2, 3, 16])
    func aSeededStreamOfPostsGivesTheSameListsAsPlainArrays(limit: Int) {
        var table = PostingTable(limit: limit)
        var lists = Array(repeating: [Int32](), count: 300)
        table.extend(to: 300)
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Skewed terms and stories so lists fill, overflow and re-post their members.
            let term = Int((state >> 33) % 300) % (1 + Int((state >> 20) % 300))
            let story = Int32((state >> 45) % 40)
            table.post(story, under: UInt32(term))
            Self.reference(&lists, story, term, limit: limit)
        }
        #expect((0..<300).allSatisfy { table.stories(of: UInt32($0)) == lists[$0] })
        #expect(table.stories(of: 1_000).isEmpty)
    }

    @Test func termsPostedByOneStoryUseNoPool() {
        var table = PostingTable(limit: 16)
        table.extend(to: 1_000)
        for term in 0..<1_000 { table.post(Int32(term), under: UInt32(term)) }
        let single = table.bytes
        table.post(7, under: 3)
        #expect(table.stories(of: 3) == [3, 7])
        #expect(table.bytes > single)
        #expect(single < 1_000 * 4 + 200)
    }
}
