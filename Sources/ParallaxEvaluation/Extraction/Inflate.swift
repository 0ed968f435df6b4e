import Parallax
/// A pure-Swift DEFLATE (RFC 1951) and gzip (RFC 1952) decoder, so the benchmark's `.gz` pages need no zlib.
package enum Inflate {
    /// Why a stream could not be decoded.
    package enum Failure: Error, Equatable, Sendable {
        case notGzip, truncated, badBlockType, badCodeLengths, badDistance, badStoredLength
    }

    /// Decodes a gzip file (all members, concatenated).
    package static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 4)
        var position = 0
        while position + 18 <= bytes.count {
            guard bytes[position] == 0x1f, bytes[position + 1] == 0x8b, bytes[position + 2] == 8 else {
                if output.isEmpty { throw Failure.notGzip }
                break
            }
            let flags = bytes[position + 3]
            var cursor = position + 10
            if flags & 4 != 0 {
                guard cursor + 2 <= bytes.count else { throw Failure.truncated }
                cursor += 2 + (Int(bytes[cursor]) | (Int(bytes[cursor + 1]) << 8))
            }
            if flags & 8 != 0 { cursor = try skipZeroTerminated(bytes, from: cursor) }
            if flags & 16 != 0 { cursor = try skipZeroTerminated(bytes, from: cursor) }
            if flags & 2 != 0 { cursor += 2 }
            guard cursor <= bytes.count else { throw Failure.truncated }
            var reader = BitReader(bytes: bytes, position: cursor)
            try inflate(&reader, into: &output)
            position = reader.alignedPosition + 8  // CRC32 and ISIZE
        }
        if output.isEmpty && bytes.count < 18 { throw Failure.notGzip }
        return output
    }

    /// Decodes a raw DEFLATE stream.
    package static func inflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var reader = BitReader(bytes: bytes, position: 0)
        var output: [UInt8] = []
        try inflate(&reader, into: &output)
        return output
    }

    private static func skipZeroTerminated(_ bytes: [UInt8], from start: Int) throws -> Int {
        var cursor = start
        while cursor < bytes.count && bytes[cursor] != 0 { cursor += 1 }
        guard cursor < bytes.count else { throw Failure.truncated }
        return cursor + 1
    }

    private static func inflate(_ reader: inout BitReader, into output: inout [UInt8]) throws {
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStored(&reader, into: &output)
            case 1: try decodeBlock(&reader, literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances, into: &output)
            case 2:
                let (literals, distances) = try readDynamicTables(&reader)
                try decodeBlock(&reader, literals: literals, distances: distances, into: &output)
            default: throw Failure.badBlockType
            }
        }
    }

    private static func copyStored(_ reader: inout BitReader, into output: inout [UInt8]) throws {
        var position = reader.alignedPosition
        guard position + 4 <= reader.bytes.count else { throw Failure.truncated }
        let length = Int(reader.bytes[position]) | (Int(reader.bytes[position + 1]) << 8)
        let complement = Int(reader.bytes[position + 2]) | (Int(reader.bytes[position + 3]) << 8)
        guard length == (~complement & 0xffff) else { throw Failure.badStoredLength }
        position += 4
        guard position + length <= reader.bytes.count else { throw Failure.truncated }
        output.append(contentsOf: reader.bytes[position..<(position + length)])
        reader.restart(at: position + length)
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func readDynamicTables(_ reader: inout BitReader) throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let lengthCount = try reader.bits(4) + 4
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<lengthCount { codeLengthLengths[codeLengthOrder[index]] = UInt8(try reader.bits(3)) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthTable.decode(&reader)
            switch symbol {
            case 0..<16: lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw Failure.badCodeLengths }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + (try reader.bits(2))))
            case 17: lengths.append(contentsOf: repeatElement(0, count: 3 + (try reader.bits(3))))
            default: lengths.append(contentsOf: repeatElement(0, count: 11 + (try reader.bits(7))))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure.badCodeLengths }
        return (try HuffmanTable(lengths: Array(lengths[0..<literalCount])),
                try HuffmanTable(lengths: Array(lengths[literalCount...])))
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func decodeBlock(_ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable, into output: inout [UInt8]) throws {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 { output.append(UInt8(symbol)); continue }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw Failure.badDistance }
            let length = lengthBase[lengthIndex] + (try reader.bits(lengthExtra[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < 30 else { throw Failure.badDistance }
            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw Failure.badDistance }
            let start = output.count - distance
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }
}
