/// One part of a long source text: the story page shows each source's first part, the source page any later one.
///
/// Parts are fixed byte windows of the UTF-8 text, each edge moved forward to the next character boundary, so a
/// citation's part follows from its start offset alone and the page for any accepted input stays small.
struct SourcePart: Equatable {
    /// UTF-8 bytes per part: a long feature (about 15,000 words) still fits on one page.
    static let size = 100_000
    /// Sources whose first part the story page shows; later sources are listed with links to their own pages.
    static let sourcesOnStoryPage = 50

    /// 1 for the first part.
    let number: Int

    init(number: Int) { self.number = min(max(number, 1), Int.max / Self.size) }

    /// The part that holds the byte at this offset.
    init(containing offset: Int) { self.init(number: max(offset, 0) / Self.size + 1) }

    /// How many parts a text of this many bytes has (at least one, even when empty).
    static func count(forLength length: Int) -> Int { max(1, (length + size - 1) / size) }

    /// This part's byte range in the text, empty when the text is shorter.
    func range(in bytes: [UInt8]) -> Range<Int> {
        func boundary(_ offset: Int) -> Int {
            var position = min(offset, bytes.count)
            while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
            return position
        }
        return boundary((number - 1) * Self.size)..<boundary(number * Self.size)
    }
}
