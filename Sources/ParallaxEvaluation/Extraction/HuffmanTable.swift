import Parallax
/// A canonical Huffman code as a direct lookup table indexed by the next 15 bits (bit-reversed codes).
struct HuffmanTable: Sendable {
    /// For each 15-bit pattern: symbol << 4 | code length (0 = no code).
    private let table: [UInt32]
    private static let maxBits = 15

    init(lengths: [UInt8]) throws {
        var table = [UInt32](repeating: 0, count: 1 << HuffmanTable.maxBits)
        var lengthCounts = [Int](repeating: 0, count: 16)
        for length in lengths { lengthCounts[Int(length)] += 1 }
        lengthCounts[0] = 0
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1...15 {
            code = (code + lengthCounts[bits - 1]) << 1
            nextCode[bits] = code
        }
        for (symbol, lengthByte) in lengths.enumerated() where lengthByte > 0 {
            let length = Int(lengthByte)
            let value = nextCode[length]
            nextCode[length] += 1
            guard value < (1 << length) else { throw Inflate.Failure.badCodeLengths }
            var reversed = 0
            for bit in 0..<length where value & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            var index = reversed
            while index < (1 << HuffmanTable.maxBits) {
                table[index] = UInt32(symbol << 4 | length)
                index += 1 << length
            }
        }
        self.table = table
    }

    func decode(_ reader: inout BitReader) throws -> Int {
        let (bits, available) = reader.peek16()
        let entry = table[bits & 0x7fff]
        let length = Int(entry & 15)
        guard length > 0, length <= available else { throw Inflate.Failure.truncated }
        reader.consume(length)
        return Int(entry >> 4)
    }

    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        return try! HuffmanTable(lengths: lengths)
    }()

    static let fixedDistances: HuffmanTable = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))
}
