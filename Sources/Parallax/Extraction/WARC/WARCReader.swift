/// Reads web archives (WARC 1.0 and 1.1, ISO 28500) into raw documents: each `response` record whose HTTP payload
/// is HTML becomes one, with the target URI as its id and URL, the record's date as its fetch date, and the
/// HTTP header's charset honoured. Feed it a whole uncompressed file, or a compressed file one gzip member at a
/// time, then take the result from `finish()`.
///
/// Malformed records are errors naming the offset and the reason; the rest is read. Responses that are not
/// articles (other media types, statuses other than 2xx, encoded payloads) are counted in one warning per file.
package struct WARCReader {
    private let origin: String
    private var documents: [RawDocument] = []
    private var diagnostics: [Diagnostic] = []
    private var notArticles: [String: Int] = [:]
    private var uses: [String: Int] = [:]

    /// `origin` names the file in ids of repeated URIs and in messages.
    package init(origin: String) { self.origin = origin }

    /// Reads the records of `bytes`, which start at `offset` in the file. For a gzip member, every record is
    /// placed at the member's offset, where a reader of the compressed file can seek to it.
    package mutating func read(_ bytes: [UInt8], offset: Int, isMember: Bool = false) {
        for item in WARCRecordSplitter.items(in: bytes, baseOffset: offset, offsetsWithinBytes: !isMember) {
            switch item {
            case .record(let record): take(record)
            case .malformed(let at, let reason): report(at: at, reason)
            }
        }
    }

    /// A problem outside any record, such as a gzip member that cannot be inflated; the reading goes on.
    package mutating func report(at offset: Int, _ reason: String) {
        diagnostics.append(Diagnostic(.error, origin: origin, message: "malformed WARC record (at byte \(offset): \(reason))"))
    }

    /// The documents read, and the problems found with one warning for the responses that were not articles.
    package func finish() -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        guard !notArticles.isEmpty else { return (documents, diagnostics) }
        let total = notArticles.values.reduce(0, +)
        let reasons = notArticles.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        let warning = Diagnostic(
            .warning, origin: origin,
            message: "\(total) HTTP \(total == 1 ? "response is" : "responses are") not an article (\(reasons.joined(separator: ", ")))")
        return (documents, diagnostics + [warning])
    }

    private mutating func take(_ record: WARCRecord) {
        // Other record types (warcinfo, request, metadata, revisit, ...) describe the crawl, not pages.
        guard record.fields["WARC-Type"]?.lowercased() == "response" else { return }
        let blockType = record.fields["Content-Type"].map(HeaderFields.mediaType) ?? ""
        guard blockType == "application/http" else { return }
        guard let response = HTTPResponse(record.block) else {
            report(at: record.offset, "the response record holds no HTTP response")
            return
        }
        let contentType = response.fields["Content-Type"] ?? ""
        let mediaType = HeaderFields.mediaType(of: contentType)
        if !(200..<300).contains(response.status) {
            notArticles["status \(response.status)", default: 0] += 1
        } else if let encoding = response.fields["Content-Encoding"]?.lowercased(), encoding != "identity" {
            notArticles["encoded (\(encoding))", default: 0] += 1
        } else if mediaType != "text/html" && mediaType != "application/xhtml+xml" && !(mediaType.isEmpty && looksLikeHTML(response.payload)) {
            notArticles[mediaType.isEmpty ? "without a media type" : mediaType, default: 0] += 1
        } else {
            let uri = record.fields["WARC-Target-URI"].map { ExtractionText.trimmed($0, removing: "<>") }
            let name = uri ?? "\(origin)@\(record.offset)"
            let use = uses[name, default: 0] + 1
            uses[name] = use
            let utf8 = HTMLEncoding.utf8Bytes(of: response.payload, transportCharset: HeaderFields.charset(of: contentType)).bytes
            let fetched = record.fields["WARC-Date"].flatMap { CalendarDate(iso: $0.prefix(10)) }
            documents.append(RawDocument(
                id: ArticleID(use == 1 ? name : "\(name)#\(use)"), origin: "\(origin)@\(record.offset)", bytes: utf8,
                format: .html, declared: ArticleMetadata(url: uri, fetched: fetched)))
        }
    }

    /// Whether an untyped payload starts, after whitespace, with `<`: a page served without a Content-Type.
    private func looksLikeHTML(_ payload: [UInt8]) -> Bool {
        payload.prefix(1024).first { !ExtractionText.isASCIIWhitespace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } == 0x3C
    }
}
