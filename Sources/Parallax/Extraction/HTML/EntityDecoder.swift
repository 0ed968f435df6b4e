/// Decodes HTML character references (numeric and the common named ones) in text and attribute values.
enum EntityDecoder {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "agrave": "à", "aacute": "á", "acirc": "â", "ccedil": "ç",
        "Eacute": "É", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ocirc": "ô", "icirc": "î",
        "ucirc": "û", "euml": "ë", "iuml": "ï", "oslash": "ø", "aring": "å", "aelig": "æ",
        "hellip": "…", "ndash": "–", "mdash": "—", "laquo": "«", "raquo": "»", "bdquo": "„", "ldquo": "“",
        "rdquo": "”", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "euro": "€", "copy": "©", "reg": "®",
        "trade": "™", "middot": "·", "bull": "•", "times": "×", "deg": "°", "sect": "§", "para": "¶",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lsaquo": "‹", "rsaquo": "›", "frac12": "½", "pound": "£", "yen": "¥", "cent": "¢", "micro": "µ",
    ]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(12).firstIndex(of: ";") else { result += "&"; rest = after; continue }
            let name = after[..<semi]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[String(name)]
            }
            if let replacement {
                result += replacement
                rest = after[after.index(after: semi)...]
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }
}
