import Testing
@testable import Sketch

/// The fast MinHash and LSH paths give exactly what the straightforward definitions give: signatures are stored,
/// so a speed-up must not change one bit of them.
@Suite struct SignatureRegressionTests {
    /// One-permutation MinHash with densification, written the plain way (the implementation before the fast path).
    private func referenceSignature(_ elements: Set<UInt64>, lanes: Int, seed: UInt64) -> [UInt32] {
        var values = [UInt32](repeating: .max, count: lanes)
        var filled = [Bool](repeating: false, count: lanes)
        let laneCount = UInt64(lanes)
        for element in elements {
            let mixed = WyHash.hash(element, seed: seed)
            let lane = Int(((mixed >> 32) &* laneCount) >> 32)
            let value = UInt32(truncatingIfNeeded: mixed)
            if !filled[lane] || value < values[lane] {
                values[lane] = value
                filled[lane] = true
            }
        }
        if elements.isEmpty { return values }
        var dense = values
        for lane in 0..<lanes where !filled[lane] {
            var attempt: UInt64 = 1
            while true {
                let probe = WyHash.hash(UInt64(lane) &* 0x9E37_79B9 &+ attempt, seed: seed ^ 0xD3A5)
                let source = Int(((probe >> 32) &* laneCount) >> 32)
                if filled[source] {
                    dense[lane] = values[source]
                    break
                }
                attempt += 1
            }
        }
        return dense
    }

    @Test func fastSignatureEqualsTheReference() {
        var generator = SeededGenerator(seed: 11)
        for lanes in [1, 16, 128, 200] {
            let hasher = MinHasher(lanes: lanes, seed: 99)
            for size in [0, 1, 3, 50, 1000] {
                let elements = Set((0..<size).map { _ in generator.next() })
                let expected = referenceSignature(elements, lanes: lanes, seed: 99)
                #expect(hasher.signature(of: elements).values == expected)
                #expect(hasher.signature(of: Array(elements) + Array(elements)).values == expected)
                #expect(hasher.signature(of: elements).isEmpty == elements.isEmpty)
            }
        }
    }

    @Test func lshCandidatesAreExactlyThePairsSharingABand() {
        // Few distinct lane values make many band collisions; 600 keys × 8 bands overflow the table several times.
        var generator = SeededGenerator(seed: 5)
        let parameters = LSHParameters(bands: 8, rows: 2)
        var index = LSHIndex<Int>(parameters: parameters)
        var signatures: [MinHash] = []
        for key in 0..<600 {
            let signature = MinHash(values: (0..<16).map { _ in UInt32(generator.next() % 6) }, isEmpty: false)
            let expected = signatures.indices.filter { other in
                (0..<parameters.bands).contains { band in
                    let lanes = (band * 2)..<(band * 2 + 2)
                    return signatures[other].values[lanes] == signature.values[lanes]
                }
            }
            #expect(index.query(signature) == expected)
            index.insert(key, signature)
            signatures.append(signature)
        }
        #expect(index.count == 600)
    }
}
