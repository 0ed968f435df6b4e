/// A seeded xorshift64* generator: the fuzz inputs are the same on every run and machine.
struct XorShiftRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// A value in 0..<bound (bound > 0); modulo bias is irrelevant for fuzzing.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
