import Testing
@testable import Parallax

/// The hashed vocabulary and the small per-article weight table.
@Suite struct TermTablesTests {
    @Test func idsSurviveTheTableGrowing() {
        var table = TermTable()
        let hashes = (0..<5_000).map { TermTable.hash("term\($0)") }
        for hash in hashes { _ = table.insert(hash) }
        #expect(hashes.enumerated().allSatisfy { table.id(ofHash: $0.element) == UInt32($0.offset) })
        #expect(table.id(ofHash: TermTable.hash("absent")) == nil)
    }

    @Test func aWeightTableGivesZeroForAbsentTermsAndForgetsTheLastLoad() {
        var table = TermWeightTable()
        table.reset(expecting: 500)
        for id in stride(from: UInt32(0), to: 1_000, by: 2) { table.set(id, Double(id) + 0.5) }
        #expect((0..<1_000).allSatisfy { table[UInt32($0)] == ($0 % 2 == 0 ? Double($0) + 0.5 : 0) })
        table.reset(expecting: 3)
        table.set(1, -2)
        #expect(table[1] == -2 && table[0] == 0 && table[998] == 0)
    }
}
