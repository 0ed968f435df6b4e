import Sketch

/// Reads fixed-width little-endian numbers from a byte array, answering nil past its end: the decoding side of
/// `StoryIndexSnapshot`.
struct SnapshotReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// How many bytes are left to read.
    var remaining: Int { bytes.count - offset }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }

    mutating func readDouble() -> Double? { read(UInt64.self).map(Double.init(bitPattern:)) }

    mutating func readFloat() -> Float? { read(UInt32.self).map(Float.init(bitPattern:)) }

    /// A length-prefixed UTF-8 string.
    mutating func readString() -> String? {
        guard let count = read(UInt32.self).map(Int.init), count <= remaining else { return nil }
        let text = String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        offset += count
        return text
    }

    /// Whether the last eight bytes are the checksum of all the bytes before them.
    static func hasValidChecksum(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        let body = bytes.count - 8
        let stored = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: body, as: UInt64.self)) }
        let computed = bytes.withUnsafeBytes { WyHash.hash(UnsafeRawBufferPointer(rebasing: $0[0..<body])) }
        return stored == computed
    }
}
