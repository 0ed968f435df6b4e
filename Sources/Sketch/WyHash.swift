/// A wyhash-style 64-bit hash: fast, seeded, and the same on every run and machine (unlike `Hasher`).
public enum WyHash {
    /// The seed every sketch uses unless told otherwise.
    public static let defaultSeed: UInt64 = 0x5EED_0F_9A_11A_0

    static let p0: UInt64 = 0xa076_1d64_78bd_642f
    static let p1: UInt64 = 0xe703_7ed1_a0b4_28db
    static let p2: UInt64 = 0x8ebc_6af0_9c88_c6e3

    /// Folds the 128-bit product of `a` and `b` into 64 bits: the mixing step of wyhash.
    @inline(__always)
    public static func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// Combines two hashes into one; order matters, so shingles "a b" and "b a" differ.
    @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mum(a ^ p0, b ^ p1)
    }

    /// Re-hashes one 64-bit value under a seed (a cheap, well-mixed permutation-like map).
    @inline(__always)
    public static func hash(_ value: UInt64, seed: UInt64) -> UInt64 {
        mum(p1 ^ 8, mum(value ^ p1, seed ^ p0))
    }

    /// Hashes raw bytes.
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = defaultSeed) -> UInt64 {
        var state = seed ^ p0
        let count = bytes.count
        var offset = 0
        while count - offset > 16 {
            let a = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let b = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            state = mum(UInt64(littleEndian: a) ^ p1, UInt64(littleEndian: b) ^ state)
            offset += 16
        }
        var a: UInt64 = 0
        var b: UInt64 = 0
        // The tail (1...16 bytes) is read byte by byte: short tokens are the common case.
        var index = offset
        var shift: UInt64 = 0
        while index < count && index < offset + 8 {
            a |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        shift = 0
        while index < count {
            b |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return mum(p2 ^ UInt64(count), mum(a ^ p1, b ^ state))
    }

    /// Hashes a byte array.
    public static func hash(_ bytes: [UInt8], seed: UInt64 = defaultSeed) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// Hashes a string's UTF-8 bytes.
    public static func hash(_ string: String, seed: UInt64 = defaultSeed) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Hashes a slice of UTF-8 bytes.
    public static func hash(_ bytes: Substring.UTF8View, seed: UInt64 = defaultSeed) -> UInt64 {
        if let value = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), seed: seed) }) {
            return value
        }
        return hash(Array(bytes), seed: seed)
    }
}
