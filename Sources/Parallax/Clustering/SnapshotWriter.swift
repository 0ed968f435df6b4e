import Sketch

/// Appends fixed-width little-endian numbers to a byte array: the encoding side of `StoryIndexSnapshot`.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: Double) { append(value.bitPattern) }

    mutating func append(_ value: Float) { append(value.bitPattern) }

    /// A length-prefixed UTF-8 string.
    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// Ends the bytes with a checksum of everything before it, so a damaged snapshot is noticed.
    mutating func appendChecksum() {
        let checksum = bytes.withUnsafeBytes { WyHash.hash($0) }
        append(checksum)
    }
}
