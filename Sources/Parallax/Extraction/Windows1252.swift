/// The Windows-1252 code page, the usual encoding of text that is "clearly not UTF-8" in Western news archives.
enum Windows1252 {
    /// Unicode scalars of bytes 0x80...0x9F; 0xFFFD where the code page leaves the byte undefined.
    /// Bytes 0xA0...0xFF equal their Latin-1 code points.
    static let highControls: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value: UInt32 = (0x80...0x9F).contains(byte) ? highControls[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
