import Foundation

/// Finds the encoding a page declares in its first bytes: `<meta charset>`, `<meta http-equiv>` or `<?xml encoding?>`.
enum HTMLCharsetPrescan {
    /// The normalised name of the declared encoding, or nil when none (or an unknown one) is declared.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        let prefix = Array(bytes.prefix(HTMLEncoding.prescanLength))
        return prefix.withUnsafeBufferPointer { buffer -> String? in
            var tokenizer = HTMLTokenizer(bytes: buffer)
            while true {
                switch tokenizer.next() {
                case .end:
                    return nil
                case let .comment(range):
                    let text = String(decoding: buffer[range], as: UTF8.self)
                    if text.hasPrefix("?xml"), let label = label(after: "encoding", in: text) { return normalized(label) }
                case let .startTag(name, _, attributes, _, _) where name == "meta":
                    if let charset = attributes.first(where: { $0.name == "charset" }), let name = normalized(charset.value) {
                        return name
                    }
                    let equiv = attributes.first { $0.name == "http-equiv" }?.value.lowercased()
                    if equiv == "content-type", let content = attributes.first(where: { $0.name == "content" })?.value,
                       let label = label(after: "charset", in: content), let name = normalized(label) {
                        return name
                    }
                default:
                    continue
                }
            }
        }
    }

    /// The value after `key=` (optionally quoted) in `text`, matched case-insensitively.
    static func label(after key: String, in text: String) -> String? {
        let lowered = text.lowercased()
        guard let keyRange = lowered.range(of: key) else { return nil }
        var rest = lowered[keyRange.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let stops: Set<Character> = ["\"", "'", ";", " ", "?", ">", ","]
        let label = rest.prefix { !stops.contains($0) }
        return label.isEmpty ? nil : String(label)
    }

    /// Maps an encoding label to the names `HTMLEncoding` decodes, as browsers do (Latin-1 is Windows-1252).
    static func normalized(_ label: String) -> String? {
        let trimmed = label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch trimmed {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return "utf-8"
        // A UTF-16 label readable as ASCII cannot be true: browsers read such pages as UTF-8.
        case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            return "utf-8"
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1",
             "l1", "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "iso_8859-1:1987":
            return "windows-1252"
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "csisolatin9":
            return "iso-8859-15"
        case "windows-1251", "cp1251", "x-cp1251":
            return "windows-1251"
        case "koi8-r", "koi8r", "koi8", "cskoi8r", "koi":
            return "koi8-r"
        default:
            return nil
        }
    }
}
