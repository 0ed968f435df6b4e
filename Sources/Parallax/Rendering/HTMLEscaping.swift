/// Makes article-derived text safe inside HTML text and attribute values, and decides which URLs may become links.
package enum HTMLEscaping {
    /// Escapes `& < > " '`, so the result is safe both as element text and inside a quoted attribute value.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\0": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The URL if it may be a link: only `http:` and `https:` with a host, nothing a browser would run or
    /// reinterpret (`javascript:`, `data:`, control characters or spaces that browsers strip); nil otherwise.
    package static func linkableURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        let afterScheme = lowered.drop(while: { $0 != ":" }).dropFirst(3)
        guard let hostStart = afterScheme.first, hostStart != "/" else { return nil }
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace { return nil }
            if scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'" || scalar == "`" { return nil }
        }
        return text
    }
}
