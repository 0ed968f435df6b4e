import Testing
@testable import Parallax

/// Packed member sketches give back each member's heaviest terms, in member order, within the 16-bit weight step.
@Suite struct StorySketchesTests {
    @Test func heaviestKeepsTheLargestWeightsInIdOrderAndBreaksTiesBySmallerId() {
        let vector: [(id: UInt32, weight: Double)] = [(1, 0.1), (4, 0.5), (7, 0.3), (9, 0.3), (12, 0.7)]
        #expect(StorySketches.heaviest(vector, count: 3, rank: { _ in 1 }).map(\.term) == [4, 7, 12])
        #expect(StorySketches.heaviest(vector, count: 9, rank: { _ in 1 }).map(\.term) == [1, 4, 7, 9, 12])
    }

    @Test func heaviestRanksByWeightTimesRankButKeepsTheWeights() {
        let vector: [(id: UInt32, weight: Double)] = [(1, 0.1), (4, 0.5), (7, 0.3), (12, 0.7)]
        let kept = StorySketches.heaviest(vector, count: 2, rank: { $0 == 1 ? 10 : 1 })
        #expect(kept == [CentroidTerm(term: 1, sum: 0.1), CentroidTerm(term: 12, sum: 0.7)])
    }

    @Test func packedMembersComeBackInOrderWithTheirWeights() {
        var packed = StorySketches([CentroidTerm(term: 2, sum: 0.6), CentroidTerm(term: 5, sum: 0.8)], isLong: true)
        var other = StorySketches([CentroidTerm(term: 3, sum: 1)], isLong: false)
        other.append([CentroidTerm(term: 1, sum: 0.25), CentroidTerm(term: 8, sum: 0.75)], isLong: true)
        packed.append(contentsOf: other)
        let members = packed.sketches(members: [10, 11, 12])
        #expect(members.map(\.member) == [10, 11, 12])
        #expect(members.map(\.isLong) == [true, false, true])
        #expect(members.map { $0.terms.map(\.term) } == [[2, 5], [3], [1, 8]])
        let weights = members.flatMap { $0.terms.map(\.sum) }
        for (weight, expected) in zip(weights, [0.6, 0.8, 1, 0.25, 0.75] as [Float]) {
            #expect(abs(weight - expected) <= 1 / 65535)
        }
    }

    @Test func restoredRefusesPartsThatDoNotFitTogether() {
        let packed = StorySketches([CentroidTerm(term: 2, sum: 0.5)], isLong: true)
        #expect(StorySketches.restored(ends: packed.ends, isLong: packed.isLong, terms: packed.terms, weights: packed.weights) == packed)
        #expect(StorySketches.restored(ends: [2], isLong: [true], terms: [2], weights: [1]) == nil)
        #expect(StorySketches.restored(ends: [1], isLong: [true, false], terms: [2], weights: [1]) == nil)
        #expect(StorySketches.restored(ends: [1, 0], isLong: [true, true], terms: [2], weights: [1]) == nil)
    }
}
