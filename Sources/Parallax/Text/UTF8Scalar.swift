/// Decodes Unicode scalars straight from UTF-8 bytes, so hot loops never build `Character`s.
enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes. Swift strings hold valid UTF-8,
    /// so no validation is needed; a truncated tail yields U+FFFD of length 1 to stay safe.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        let count = bytes.count
        if b0 < 0xE0 {
            guard index + 1 < count else { return (0xFFFD, 1) }
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard index + 2 < count else { return (0xFFFD, 1) }
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
                | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        guard index + 3 < count else { return (0xFFFD, 1) }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
    }
}
