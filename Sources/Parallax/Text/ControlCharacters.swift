/// Characters that steer a terminal or the reading order instead of showing text: C0 controls other than line
/// feed and tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069). Article text is read without them, so no output can move a cursor, retitle a terminal or
/// show a line reversed (Unicode TR #36, "Unicode Security Considerations", on bidi spoofing).
package enum ControlCharacters {
    /// `text` without the control characters, and without the rest of each terminal escape sequence they open
    /// (ECMA-48: `ESC [ … final`, `ESC ] … BEL` or `ESC \\`, `ESC` and one character); the same string when it
    /// has none (the common case, checked on its UTF-8 bytes without allocating).
    package static func removed(from text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }),
              text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard isControl(scalar) else { kept.append(scalar); continue }
            var introducer: UInt32 = scalar.value == 0x9B ? 0x5B : scalar.value == 0x9D ? 0x5D : 0
            if scalar.value == 0x1B, index < scalars.count, (0x20...0x7E).contains(scalars[index].value) {
                introducer = scalars[index].value
                index += 1
            }
            if introducer == 0x5B {
                // Control sequence: parameter and intermediate bytes, then one final byte.
                while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
                if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
            } else if introducer == 0x5D {
                // Operating system command: up to BEL or the string terminator.
                while index < scalars.count, scalars[index].value != 0x07, scalars[index].value != 0x1B,
                      scalars[index].value != 0x9C, scalars[index].value != 0x0A { index += 1 }
                if index < scalars.count, scalars[index].value == 0x07 || scalars[index].value == 0x9C { index += 1 }
                if index + 1 < scalars.count, scalars[index].value == 0x1B, scalars[index + 1].value == 0x5C { index += 2 }
            }
        }
        return String(kept)
    }

    /// JSON text with the C1 controls and bidirectional controls inside its strings written as `\uXXXX`
    /// escapes, as JSON writes C0 controls; the JSON value is unchanged, only its display is safe.
    package static func escapedInJSON(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }),
              json.unicodeScalars.contains(where: { isControl($0) && $0.value >= 0x80 }) else { return json }
        var escaped = ""
        for scalar in json.unicodeScalars {
            if isControl(scalar) && scalar.value >= 0x80 {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether a scalar is one of the control characters (line feed and tab are text).
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
