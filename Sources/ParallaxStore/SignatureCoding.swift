import Foundation

/// The clustering terms of an article as bytes: for each term in sorted order, its UTF-8 length (4 bytes, little
/// endian, the top bit set when the term is a name or number), its bytes and the bit pattern of its weight
/// (8 bytes), so replaying them rebuilds the index exactly as the live article built it.
enum SignatureCoding {
    private static let entityFlag: UInt64 = 1 << 31

    static func encode(_ terms: [String: Double], entities: Set<String>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.count * 24)
        for (term, weight) in terms.sorted(by: { $0.key < $1.key }) {
            let utf8 = term.utf8
            append(UInt64(utf8.count) | (entities.contains(term) ? entityFlag : 0), width: 4, to: &bytes)
            bytes.append(contentsOf: utf8)
            append(weight.bitPattern, width: 8, to: &bytes)
        }
        return bytes
    }

    /// Nil when the bytes are not a signature (a damaged row).
    static func decode(_ bytes: [UInt8]) -> (terms: [String: Double], entities: Set<String>)? {
        var terms: [String: Double] = [:]
        var entities = Set<String>()
        var offset = 0
        while offset < bytes.count {
            guard let field = read(bytes, &offset, width: 4) else { return nil }
            let length = Int(field & ~entityFlag)
            guard offset + length + 8 <= bytes.count else { return nil }
            let term = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
            offset += length
            guard let bits = read(bytes, &offset, width: 8) else { return nil }
            terms[term] = Double(bitPattern: bits)
            if field & entityFlag != 0 { entities.insert(term) }
        }
        return (terms, entities)
    }

    private static func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }

    private static func read(_ bytes: [UInt8], _ offset: inout Int, width: Int) -> UInt64? {
        guard offset + width <= bytes.count else { return nil }
        var value: UInt64 = 0
        for shift in 0..<width { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += width
        return value
    }
}
