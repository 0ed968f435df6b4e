import Testing
@testable import Sketch

@Suite struct HashingTests {
    @Test func hashIsStableAndSeedDependent() {
        #expect(WyHash.hash("parallax") == WyHash.hash(Array("parallax".utf8)))
        #expect(WyHash.hash("parallax") != WyHash.hash("parallax", seed: 1))
        #expect(WyHash.hash("parallax") != WyHash.hash("Parallax"))
        // Lengths around the 8- and 16-byte boundaries all hash differently.
        let values = (0...40).map { WyHash.hash(String(repeating: "a", count: $0)) }
        #expect(Set(values).count == values.count)
    }

    @Test func shinglesCombineOrderedWindows() {
        let shingler = Shingler(size: 2)
        let forward = shingler.shingles(of: ["a", "b", "c"])
        #expect(forward.count == 2)
        #expect(shingler.shingles(of: ["b", "a"]).first != forward.first)
        #expect(shingler.shingles(of: ["x"]).count == 1)
        #expect(shingler.shingles(of: []).isEmpty)
    }

    @Test func exactKeyIgnoresSpacingAndCase() {
        #expect(ExactKey(text: "  Hello\n\nWorld ") == ExactKey(text: "hello world"))
        #expect(ExactKey(text: "hello world") != ExactKey(text: "hello, world"))
    }

    @Test func simHashDistanceGrowsWithDifference() {
        let words = (0..<200).map { UInt64($0) }
        let base = SimHash(features: words)
        let close = SimHash(features: words.prefix(190) + [1000, 1001])
        let far = SimHash(features: (500..<700).map { UInt64($0) })
        #expect(base.distance(to: base) == 0)
        #expect(base.distance(to: close) < base.distance(to: far))
        #expect(base.distance(to: far) > 16)
    }
}
