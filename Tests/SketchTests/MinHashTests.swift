import Testing
@testable import Sketch

@Suite struct MinHashTests {
    @Test func estimateTracksExactJaccardOnRandomPairs() {
        var generator = SeededGenerator(seed: 42)
        let hasher = MinHasher(lanes: 128)
        var worst = 0.0, signedError = 0.0, within = 0
        var totalError = 0.0
        let trials = 300
        for _ in 0..<trials {
            let union = Int.random(in: 20...600, using: &generator)
            let shared = Int.random(in: 0...union, using: &generator)
            let (a, b) = randomSetPair(union: union, shared: shared, using: &generator)
            let estimate = hasher.signature(of: a).jaccard(hasher.signature(of: b))
            let error = abs(estimate - exactJaccard(a, b))
            worst = max(worst, error)
            if error <= 0.1 { within += 1 }
            signedError += estimate - exactJaccard(a, b)
            totalError += error
        }
        #expect(within >= trials * 97 / 100, "\(within) of \(trials) within 0.1")
        #expect(worst <= 0.16, "worst error \(worst)")
        // The estimate is a share of 128 lanes, so about 2% of pairs fall 2.3 standard deviations (0.1) away:
        // the bound holds for 97% of pairs, no pair is far off, and the estimate is unbiased.
        #expect(abs(signedError / Double(trials)) < 0.01, "bias \(signedError / Double(trials))")
        #expect(totalError / Double(trials) < 0.04, "mean error \(totalError / Double(trials))")
    }

    @Test func sameSeedGivesSameSignatureAndOtherSeedDiffers() {
        let elements = Shingler(size: 3).shingles(of: "the quick brown fox jumps over the lazy dog".split(separator: " ").map(String.init))
        let first = MinHasher(lanes: 64, seed: 7).signature(of: elements)
        let second = MinHasher(lanes: 64, seed: 7).signature(of: elements)
        let other = MinHasher(lanes: 64, seed: 8).signature(of: elements)
        #expect(first == second)
        #expect(first != other)
        #expect(first.jaccard(second) == 1)
    }

    @Test func smallSetsAreDensifiedAndDisjointSetsScoreNearZero() {
        let hasher = MinHasher(lanes: 128)
        let a = hasher.signature(of: [1, 2, 3] as [UInt64])
        let b = hasher.signature(of: [4, 5, 6] as [UInt64])
        #expect(!a.values.contains(.max))
        #expect(a.jaccard(b) < 0.1)
        #expect(a.jaccard(a) == 1)
    }

    @Test func emptySetIsMarkedAndMatchesNothing() {
        let hasher = MinHasher(lanes: 16)
        let empty = hasher.signature(of: [] as [UInt64])
        #expect(empty.isEmpty)
        #expect(empty.jaccard(hasher.signature(of: [1] as [UInt64])) == 0)
    }
}
