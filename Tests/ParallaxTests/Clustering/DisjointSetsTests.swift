import Testing
@testable import Parallax

/// Joined items share a root, the smallest item of their set, whatever order the joins come in.
@Suite struct DisjointSetsTests {
    @Test func eachSetIsNamedByItsSmallestItem() {
        var sets = DisjointSets(count: 6)
        sets.join(4, 2)
        sets.join(5, 4)
        sets.join(3, 3)
        #expect((0..<6).map(sets.root) == [0, 1, 2, 3, 2, 2])
        sets.join(5, 1)
        #expect((0..<6).map(sets.root) == [0, 1, 1, 3, 1, 1])
    }
}
