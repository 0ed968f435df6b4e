import Foundation

/// The clustering terms of an article as bytes: for each term in sorted order, its UTF-8 length (4 bytes, little
/// endian), its bytes and the bit pattern of its weight (8 bytes), so replaying them rebuilds the index exactly.
enum SignatureCoding {
    static func encode(_ terms: [String: Double]) -> Data {
        var data = Data()
        for term in terms.keys.sorted() {
            let bytes = Array(term.utf8)
            append(UInt64(bytes.count), width: 4, to: &data)
            data.append(contentsOf: bytes)
            append(terms[term]!.bitPattern, width: 8, to: &data)
        }
        return data
    }

    /// Nil when the bytes are not a signature (a damaged row).
    static func decode(_ data: Data) -> [String: Double]? {
        let bytes = [UInt8](data)
        var terms: [String: Double] = [:]
        var offset = 0
        while offset < bytes.count {
            guard let length = read(bytes, &offset, width: 4), offset + Int(length) + 8 <= bytes.count else { return nil }
            let term = String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
            offset += Int(length)
            guard let bits = read(bytes, &offset, width: 8) else { return nil }
            terms[term] = Double(bitPattern: bits)
        }
        return terms
    }

    private static func append(_ value: UInt64, width: Int, to data: inout Data) {
        for shift in 0..<width { data.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }

    private static func read(_ bytes: [UInt8], _ offset: inout Int, width: Int) -> UInt64? {
        guard offset + width <= bytes.count else { return nil }
        var value: UInt64 = 0
        for shift in 0..<width { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += width
        return value
    }
}
