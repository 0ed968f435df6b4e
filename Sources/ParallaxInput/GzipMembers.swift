import CompressNIO
import NIOCore

/// Inflates gzip data member by member: a `.warc.gz` file holds one gzip member per record, and a record's
/// place in the file is its member's offset. A member that cannot be inflated is reported at its offset and
/// reading resumes at the next gzip header.
enum GzipMembers {
    /// One member's inflated bytes, or why the bytes at an offset could not be inflated.
    enum Piece {
        case member([UInt8])
        case problem(String)
    }

    /// A member inflating to more than this is skipped: no web page is this large.
    static let maximumMemberSize = 256 * 1024 * 1024

    private static let magic: [UInt8] = [0x1F, 0x8B, 0x08]

    /// Calls `body` with each member's offset in `data` and its bytes or problem, in order.
    static func forEach(in data: [UInt8], _ body: (_ offset: Int, _ piece: Piece) -> Void) {
        guard let decompressor = try? ZlibDecompressor(algorithm: .gzip) else {
            body(0, .problem("cannot start zlib"))
            return
        }
        var input = ByteBuffer(bytes: data)
        var output = ByteBufferAllocator().buffer(capacity: 1 << 20)
        while input.readableBytes > 0 {
            let start = input.readerIndex
            // Padding after the last member (some writers fill to a block size) is not data.
            if input.readableBytesView.allSatisfy({ $0 == 0 }) { break }
            guard input.readableBytesView.starts(with: magic) else {
                body(start, .problem("not a gzip member"))
                input.moveReaderIndex(to: nextMember(in: data, after: start))
                continue
            }
            var member: [UInt8] = []
            var oversized = false
            var problem: String?
            while true {
                do {
                    try decompressor.inflate(from: &input, to: &output)
                    take(&output, into: &member, oversized: &oversized)
                    break
                } catch let error as CompressNIOError where error == .bufferOverflow {
                    take(&output, into: &member, oversized: &oversized)
                } catch let error as CompressNIOError where error == .corruptData {
                    problem = "corrupt gzip data"
                    break
                } catch {
                    problem = input.readableBytes == 0 ? "the file ends inside a gzip member" : "cannot inflate: \(error)"
                    break
                }
            }
            output.clear()
            try? decompressor.reset()
            if problem == nil, input.readerIndex == start { problem = "cannot inflate: no progress" }
            // A member that ran to the end of the data is complete only if its trailer's size matches.
            if problem == nil, input.readableBytes == 0, !endsWithSize(data, member.count, oversized: oversized) {
                problem = "the file ends inside a gzip member"
            }
            if let problem {
                body(start, .problem(problem))
                input.moveReaderIndex(to: nextMember(in: data, after: start))
            } else if oversized {
                body(start, .problem("a gzip member inflates to more than \(maximumMemberSize / (1024 * 1024)) MB"))
            } else {
                body(start, .member(member))
            }
        }
    }

    private static func take(_ output: inout ByteBuffer, into member: inout [UInt8], oversized: inout Bool) {
        if member.count + output.readableBytes > maximumMemberSize { oversized = true }
        if !oversized { member += output.readableBytesView }
        output.clear()
    }

    /// Whether the data ends with a gzip trailer whose size field (the inflated size modulo 2^32) fits.
    private static func endsWithSize(_ data: [UInt8], _ size: Int, oversized: Bool) -> Bool {
        guard data.count >= 8 else { return false }
        if oversized { return true }
        let field = data.suffix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return field == UInt32(truncatingIfNeeded: size)
    }

    /// Where the next gzip header starts after `offset`, or the end of the data.
    private static func nextMember(in data: [UInt8], after offset: Int) -> Int {
        var index = offset + 1
        while index + magic.count <= data.count {
            if data[index] == magic[0], data[index + 1] == magic[1], data[index + 2] == magic[2] { return index }
            index += 1
        }
        return data.count
    }
}
