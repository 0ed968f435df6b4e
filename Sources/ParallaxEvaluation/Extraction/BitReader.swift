import Parallax
/// Reads DEFLATE's least-significant-bit-first bit stream from a byte array.
struct BitReader {
    let bytes: [UInt8]
    private(set) var position: Int
    private var buffer: UInt64 = 0
    private var count: Int = 0

    init(bytes: [UInt8], position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// The byte position after dropping the bits left in the current byte (for stored blocks and trailers).
    var alignedPosition: Int { position - count / 8 }

    mutating func restart(at newPosition: Int) {
        position = newPosition
        buffer = 0
        count = 0
    }

    private mutating func refill() {
        while count <= 56 && position < bytes.count {
            buffer |= UInt64(bytes[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// The next `n` bits (n ≤ 32) as an integer, first bit lowest.
    mutating func bits(_ n: Int) throws -> Int {
        if n == 0 { return 0 }
        if count < n { refill(); guard count >= n else { throw Inflate.Failure.truncated } }
        let value = Int(buffer & ((1 << UInt64(n)) - 1))
        buffer >>= UInt64(n)
        count -= n
        return value
    }

    /// Up to 16 bits without consuming them (zeros past the end), and how many are real.
    mutating func peek16() -> (value: Int, available: Int) {
        if count < 16 { refill() }
        return (Int(buffer & 0xffff), count)
    }

    mutating func consume(_ n: Int) {
        buffer >>= UInt64(n)
        count -= n
    }
}
