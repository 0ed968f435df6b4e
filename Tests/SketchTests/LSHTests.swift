import Testing
@testable import Sketch

@Suite struct LSHTests {
    @Test func moreFalseNegativeWeightLowersTheEffectiveThreshold() {
        let balanced = LSHParameters.optimal(threshold: 0.5, lanes: 128)
        let recallFirst = LSHParameters.optimal(
            threshold: 0.5, lanes: 128, falsePositiveWeight: 0.1, falseNegativeWeight: 0.9)
        #expect(balanced.bands * balanced.rows <= 128)
        #expect(recallFirst.effectiveThreshold < balanced.effectiveThreshold)
        #expect(recallFirst.candidateProbability(0.5) > balanced.candidateProbability(0.5))
    }

    @Test func higherThresholdGivesHigherEffectiveThreshold() {
        let low = LSHParameters.optimal(threshold: 0.3, lanes: 128)
        let high = LSHParameters.optimal(threshold: 0.8, lanes: 128)
        #expect(low.effectiveThreshold < high.effectiveThreshold)
        #expect(abs(high.effectiveThreshold - 0.8) < 0.15)
    }

    @Test func findsPairsAboveThresholdAndFewBelow() {
        var generator = SeededGenerator(seed: 7)
        let hasher = MinHasher(lanes: 128)
        var index = LSHIndex<Int>(threshold: 0.6, lanes: 128)
        var probes: [(MinHash, Int, Double)] = []
        for key in 0..<200 {
            let shared = Int.random(in: 0...300, using: &generator)
            let (a, b) = randomSetPair(union: 300, shared: shared, using: &generator)
            index.insert(key, hasher.signature(of: a))
            probes.append((hasher.signature(of: b), key, exactJaccard(a, b)))
        }
        var above = 0, foundAbove = 0, below = 0, foundBelow = 0
        for (signature, key, similarity) in probes {
            let found = index.query(signature).contains(key)
            if similarity >= 0.75 { above += 1; if found { foundAbove += 1 } }
            if similarity <= 0.3 { below += 1; if found { foundBelow += 1 } }
        }
        #expect(above > 10 && below > 10)
        #expect(Double(foundAbove) / Double(above) >= 0.95, "recall \(foundAbove)/\(above)")
        #expect(Double(foundBelow) / Double(below) <= 0.1, "false positives \(foundBelow)/\(below)")
    }

    @Test func insertingTheSameKeyTwiceKeepsOneEntry() {
        let hasher = MinHasher(lanes: 32)
        var index = LSHIndex<String>(threshold: 0.5, lanes: 32)
        index.insert("a", hasher.signature(of: [1, 2, 3] as [UInt64]))
        index.insert("a", hasher.signature(of: [1, 2, 3] as [UInt64]))
        #expect(index.count == 1)
        #expect(index.query(hasher.signature(of: [1, 2, 3] as [UInt64])) == ["a"])
    }
}
