/// Detects a page's character encoding and decodes it.
///
/// Order of evidence: a byte-order mark; then a `<meta charset>`, `<meta http-equiv=Content-Type>`
/// or `<?xml encoding?>` declaration in the first 4 KB; then the bytes themselves. Bytes that are
/// valid UTF-8 with non-ASCII sequences are read as UTF-8 even under a single-byte label, because a
/// Windows-1252 text that happens to be valid UTF-8 is vanishingly rare while mislabelled UTF-8 pages
/// are common. Bytes that are not UTF-8 (and carry no single-byte label) are read as Windows-1252,
/// unless nearly all of them are well-formed UTF-8 with a few broken sequences.
package struct HTMLEncoding {
    /// How far into the page a declaration is looked for.
    static let prescanLength = 4096

    /// The page's text and the name of the encoding it was read in (`utf-8`, `utf-16le`, `windows-1252`, ...).
    package static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        let (utf8, encoding) = utf8Bytes(of: bytes)
        return (String(decoding: utf8, as: UTF8.self), encoding)
    }

    /// The page as well-formed UTF-8 bytes (the input itself when it already is) and the encoding's name. A
    /// charset the transport declared (an HTTP `Content-Type`) outranks the page's own declaration, as in browsers.
    static func utf8Bytes(of bytes: [UInt8], transportCharset: String? = nil) -> (bytes: [UInt8], encoding: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (validUTF8(Array(bytes.dropFirst(3))), "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), bigEndian: false), "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), bigEndian: true), "utf-16be") }
        if bytes.count >= 4, bytes[0] == 0x3C, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 {
            return (utf16(bytes[...], bigEndian: false), "utf-16le")
        }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0x3C, bytes[2] == 0, bytes[3] != 0 {
            return (utf16(bytes[...], bigEndian: true), "utf-16be")
        }
        let census = UTF8Census(bytes)
        let declared = transportCharset.flatMap(HTMLCharsetPrescan.normalized) ?? HTMLCharsetPrescan.declaredEncoding(in: bytes)
        if census.invalid == 0 {
            if census.multibyte > 0 || declared == nil || declared == "utf-8" { return (bytes, "utf-8") }
        } else if declared == nil || declared == "utf-8" {
            // Mostly UTF-8 with a few broken sequences stays UTF-8; otherwise it is a legacy page.
            if census.multibyte > census.invalid * 4 || (declared == "utf-8" && census.multibyte > 0) {
                return (validUTF8(bytes), "utf-8")
            }
            return (singleByte(bytes, .windows1252), "windows-1252")
        }
        let page = codePage(named: declared ?? "windows-1252") ?? .windows1252
        return (singleByte(bytes, page), page.name)
    }

    /// The code page for a normalised encoding name.
    private static func codePage(named name: String) -> SingleByteCodePage? {
        switch name {
        case "windows-1252": return .windows1252
        case "iso-8859-15": return .iso885915
        case "windows-1251": return .windows1251
        case "koi8-r": return .koi8r
        default: return nil
        }
    }

    private static func singleByte(_ bytes: [UInt8], _ page: SingleByteCodePage) -> [UInt8] {
        var output: [UInt8] = []
        page.appendUTF8(of: bytes, to: &output)
        return output
    }

    /// UTF-8 with every broken sequence replaced by U+FFFD.
    private static func validUTF8(_ bytes: [UInt8]) -> [UInt8] {
        if UTF8Census(bytes).invalid == 0 { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
