/// Named header fields of a WARC record or an HTTP message ("Name: value" lines), looked up case-insensitively.
struct HeaderFields {
    private var values: [String: String] = [:]

    /// Reads the lines of a header block; a repeated name keeps its first value, a line without a colon is ignored.
    init(_ bytes: ArraySlice<UInt8>) {
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
            let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self).trimmingASCIIWhitespace()
            if !name.isEmpty, values[name] == nil { values[name] = value }
        }
    }

    subscript(_ name: String) -> String? { values[name.lowercased()] }

    /// The media type of a `Content-Type` value, lowercased, without its parameters.
    static func mediaType(of contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }).trimmingASCIIWhitespace().lowercased()
    }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
            let value = trimmed(String(pair[1]).trimmingASCIIWhitespace(), of: ["\"", "'"])
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The text without the given characters at either end (quotes around a value, angle brackets around a URI).
    static func trimmed(_ text: String, of characters: Set<Character>) -> String {
        String(text.drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}

private extension String {
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A })!
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
