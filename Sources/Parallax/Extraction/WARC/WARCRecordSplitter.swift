/// Splits uncompressed WARC bytes into records (ISO 28500: a `WARC/1.x` version line, named fields, a blank line,
/// `Content-Length` bytes of content block, two line breaks). After a malformed record it resumes at the next
/// version line, so one bad record costs only itself.
enum WARCRecordSplitter {
    /// A record, or why the bytes at an offset are not one.
    enum Item {
        case record(WARCRecord)
        case malformed(offset: Int, reason: String)
    }

    /// A record's fields longer than this are taken for garbage, not waited for.
    static let maximumHeaderLength = 64 * 1024

    /// The records in `bytes`, whose first byte is at `baseOffset` in the file; every offset reported is the
    /// file's, or the member's start for a compressed file (`offsetsWithinBytes` false).
    static func items(in bytes: [UInt8], baseOffset: Int, offsetsWithinBytes: Bool = true) -> [Item] {
        func place(_ index: Int) -> Int { offsetsWithinBytes ? baseOffset + index : baseOffset }
        var items: [Item] = []
        var index = 0
        while true {
            while index < bytes.count, ExtractionText.isASCIIWhitespace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            guard startsVersionLine(bytes, at: start) else {
                items.append(.malformed(offset: place(start), reason: "not a WARC record (no 'WARC/1.0' or 'WARC/1.1' line)"))
                index = nextVersionLine(in: bytes, after: start)
                continue
            }
            guard let (fieldsEnd, blockStart) = headerEnd(in: bytes, from: start) else {
                let reachesEnd = bytes.count - start < maximumHeaderLength
                items.append(.malformed(
                    offset: place(start),
                    reason: reachesEnd ? "the input ends inside the record's fields" : "the record's fields run past 64 KB"))
                // No blank line in the whole window: a record starting inside it cannot end its fields there
                // either, so the search resumes after the window (and the time stays linear).
                index = reachesEnd ? bytes.count : nextVersionLine(in: bytes, after: start + maximumHeaderLength - 1)
                continue
            }
            let fields = HeaderFields(bytes[start..<fieldsEnd])
            // A bad record's fields were read whole: the next record starts after them.
            guard let declared = fields["Content-Length"], let length = Int(declared), length >= 0 else {
                items.append(.malformed(offset: place(start), reason: "no valid Content-Length"))
                index = nextVersionLine(in: bytes, after: blockStart - 1)
                continue
            }
            guard length <= bytes.count - blockStart else {
                items.append(.malformed(
                    offset: place(start),
                    reason: "truncated: Content-Length is \(length) bytes, \(bytes.count - blockStart) follow"))
                index = nextVersionLine(in: bytes, after: blockStart - 1)
                continue
            }
            items.append(.record(WARCRecord(offset: place(start), fields: fields, block: bytes[blockStart..<blockStart + length])))
            index = blockStart + length
        }
        return items
    }

    private static let version = Array("WARC/1.".utf8)

    private static func startsVersionLine(_ bytes: [UInt8], at index: Int) -> Bool {
        bytes.count - index >= version.count && bytes[index..<index + version.count].elementsEqual(version)
    }

    /// Where the next record's version line starts (at a line start after `index`), or the end.
    private static func nextVersionLine(in bytes: [UInt8], after index: Int) -> Int {
        var position = index + 1
        while position < bytes.count {
            if bytes[position - 1] == 0x0A, startsVersionLine(bytes, at: position) { return position }
            position += 1
        }
        return bytes.count
    }

    /// The end of the fields (the blank line) and the start of the block: CRLF CRLF, or LF LF from lenient writers.
    private static func headerEnd(in bytes: [UInt8], from start: Int) -> (Int, Int)? {
        let limit = min(bytes.count, start + maximumHeaderLength)
        var index = start
        while index < limit {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }
}
