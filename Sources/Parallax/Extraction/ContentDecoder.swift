/// Turns an article's bytes into text: strips a UTF-8 byte order mark, repairs invalid UTF-8, refuses binary
/// and empty content, and normalizes line ends to LF. Problems come back as diagnostics, never as throws.
package struct ContentDecoder: Sendable {
    /// Thresholds for telling text from binary content.
    package struct Configuration: Sendable {
        /// How many leading bytes are inspected for binary content.
        package var probeLength: Int
        /// The share of control bytes (other than tab, LF, CR, form feed) in the probe above which content is binary.
        package var maxControlShare: Double

        package init(probeLength: Int = 8192, maxControlShare: Double = 0.05) {
            self.probeLength = probeLength
            self.maxControlShare = maxControlShare
        }

        /// 8 KB probe, as `file(1)` and Git do; 5 % control bytes is far above any real text and far below binaries.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Decodes `bytes` from `origin`. `line` is the line of `origin` the bytes start at (for JSON Lines items):
    /// when given, diagnostics name it instead of a line within the bytes.
    package func decode(_ bytes: [UInt8], origin: String, line: Int? = nil) -> DecodedContent {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        // UTF-16 is full of NUL bytes; with its byte order mark it is text, not binary.
        if let littleEndian = Self.utf16ByteOrder(body) {
            body = Array(Self.decodeUTF16(body.dropFirst(2), littleEndian: littleEndian).utf8)
        }
        if isBinary(body) {
            return DecodedContent(text: nil, diagnostics: [
                Diagnostic(.error, origin: origin, line: line, message: "binary content (NUL or control bytes), no text read"),
            ])
        }
        var diagnostics: [Diagnostic] = []
        let text: String
        if let repair = repairNeeded(body) {
            let legacy = repair.validMultibyte == 0
            text = legacy ? Self.decodeWindows1252(body) : Self.decodeReplacing(body)
            let how = legacy ? "decoded as Windows-1252" : "replaced with U+FFFD"
            diagnostics.append(Diagnostic(
                .warning, origin: origin, line: line ?? repair.firstBadLine,
                message: "invalid UTF-8 (\(repair.invalidSequences) sequence(s)), \(how)"
            ))
        } else {
            text = String(decoding: body, as: UTF8.self)
        }
        let normalized = Self.normalizeLineEnds(text)
        if normalized.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            diagnostics.append(Diagnostic(.error, origin: origin, line: line, message: "empty"))
            return DecodedContent(text: nil, diagnostics: diagnostics)
        }
        return DecodedContent(text: normalized, diagnostics: diagnostics)
    }

    private func isBinary(_ bytes: [UInt8]) -> Bool {
        let probe = bytes.prefix(configuration.probeLength)
        guard !probe.isEmpty else { return false }
        var controls = 0
        for byte in probe {
            if byte == 0 { return true }
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F {
                controls += 1
            }
        }
        return Double(controls) > configuration.maxControlShare * Double(probe.count)
    }

    private struct Repair {
        var invalidSequences = 0
        var validMultibyte = 0
        var firstBadLine = 1
    }

    /// Nil when the bytes are valid UTF-8; otherwise what is wrong and where it starts.
    private func repairNeeded(_ bytes: [UInt8]) -> Repair? {
        var repair = Repair()
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            } else if let length = UTF8Validator.sequenceLength(bytes, at: index) {
                repair.validMultibyte += 1
                index += length
            } else {
                if repair.invalidSequences == 0 { repair.firstBadLine = line }
                repair.invalidSequences += 1
                index += 1
            }
        }
        return repair.invalidSequences == 0 ? nil : repair
    }

    /// true for a little-endian UTF-16 byte order mark, false for big-endian, nil for none.
    private static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFF, 0xFE]) { return true }
        if bytes.starts(with: [0xFE, 0xFF]) { return false }
        return nil
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes { scalars.append(Windows1252.scalar(byte)) }
        return String(scalars)
    }

    private static func decodeReplacing(_ bytes: [UInt8]) -> String {
        // The standard library's decoder replaces each maximal invalid subpart with U+FFFD.
        String(decoding: bytes, as: UTF8.self)
    }

    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
            } else {
                if !(byte == 0x0A && previousCR) { out.append(byte) }
                previousCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
