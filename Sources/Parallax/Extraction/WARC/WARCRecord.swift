/// One WARC record: where it starts in its file, its named fields and its content block.
struct WARCRecord {
    /// The byte offset of the record in its file (of its gzip member, for a compressed file).
    let offset: Int
    let fields: HeaderFields
    let block: ArraySlice<UInt8>
}
