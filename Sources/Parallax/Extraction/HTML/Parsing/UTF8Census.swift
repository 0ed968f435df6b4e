/// Counts well-formed multi-byte UTF-8 sequences and malformed bytes, to tell UTF-8 from legacy encodings.
struct UTF8Census {
    private(set) var multibyte = 0
    private(set) var invalid = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            while index < count {
                // Eight ASCII bytes at a time: most of a page is markup.
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length = Self.sequenceLength(buffer, at: index)
                if length == 0 {
                    invalid += 1
                    index += 1
                } else {
                    multibyte += 1
                    index += length
                }
            }
        }
    }

    /// The length of the well-formed sequence starting at `index` (a non-ASCII lead byte), or 0.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let count = buffer.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && buffer[index + offset] >= low && buffer[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
