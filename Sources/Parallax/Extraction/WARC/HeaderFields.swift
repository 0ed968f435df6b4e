/// Named header fields of a WARC record or an HTTP message ("Name: value" lines), looked up case-insensitively.
struct HeaderFields {
    private var values: [String: String] = [:]

    /// Reads the lines of a header block; a repeated name keeps its first value, a line without a colon is ignored.
    init(_ bytes: ArraySlice<UInt8>) {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = ExtractionText.trimmed(String(decoding: line[..<colon], as: UTF8.self)).lowercased()
            let value = ExtractionText.trimmed(String(decoding: line[line.index(after: colon)...], as: UTF8.self))
            if !name.isEmpty, values[name] == nil { values[name] = value }
        }
    }

    subscript(_ name: String) -> String? { values[name.lowercased()] }

    /// The media type of a `Content-Type` value, lowercased, without its parameters.
    static func mediaType(of contentType: String) -> String {
        ExtractionText.trimmed(String(contentType.prefix { $0 != ";" })).lowercased()
    }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, ExtractionText.trimmed(String(pair[0])).lowercased() == "charset" else { continue }
            let value = ExtractionText.trimmed(ExtractionText.trimmed(String(pair[1])), removing: "\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
