/// The HTTP response a WARC `response` record holds: status, header fields and payload, de-chunked.
struct HTTPResponse {
    let status: Int
    let fields: HeaderFields
    let payload: [UInt8]

    /// Nil when the block does not start with an HTTP status line and a header block.
    init?(_ block: ArraySlice<UInt8>) {
        guard block.starts(with: Array("HTTP/".utf8)), let lineEnd = block.firstIndex(of: 0x0A) else { return nil }
        // "HTTP/1.1 200 OK", or without the reason phrase ("HTTP/1.1 200"): fields split on any whitespace, CR too.
        let statusLine = String(decoding: block[block.startIndex..<lineEnd], as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\r" || $0 == "\t" })
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        // The header block ends at the first empty line (CRLF CRLF, or LF LF from lenient servers).
        var index = lineEnd
        var payloadStart: Int?
        while index < block.endIndex {
            if block[index] == 0x0A {
                let next = block.index(after: index)
                if next < block.endIndex, block[next] == 0x0A { payloadStart = next + 1; break }
                if next + 1 < block.endIndex, block[next] == 0x0D, block[next + 1] == 0x0A { payloadStart = next + 2; break }
            }
            index += 1
        }
        guard let payloadStart else { return nil }
        self.status = status
        self.fields = HeaderFields(block[lineEnd..<index])
        let body = block[payloadStart...]
        let chunked = fields["Transfer-Encoding"]?.lowercased().contains("chunked") ?? false
        self.payload = chunked ? Self.dechunked(body) : Array(body)
    }

    /// A chunked body's data: hex size lines, each followed by that many bytes; a malformed or short chunk ends it.
    static func dechunked(_ body: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex, let lineEnd = body[index...].firstIndex(of: 0x0A) {
            let line = String(decoding: body[index..<lineEnd], as: UTF8.self)
            let digits = line.prefix { $0.isHexDigit }
            guard let size = Int(digits, radix: 16), size > 0 else { break }
            let start = lineEnd + 1
            let end = start + min(size, body.endIndex - start)
            output += body[start..<end]
            guard end < body.endIndex else { break }
            index = end
            // The chunk's data ends with a line break before the next size line.
            while index < body.endIndex, body[index] == 0x0D || body[index] == 0x0A { index += 1 }
        }
        return output
    }
}
