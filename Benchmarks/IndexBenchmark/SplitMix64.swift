/// SplitMix64: the benchmark's seeded generator, so every run synthesizes the same stream.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A rank in 1...limit with probability ∝ 1/rank (Zipf, exponent 1): log-uniform.
    mutating func zipf(_ limit: Int) -> Int { min(limit, Int(exp(unit() * log(Double(limit))))) }
}

import Foundation
