import Foundation

/// A deliberately small HTML-to-text fallback for `ArticleExtractor` until a real HTML extractor is plugged in:
/// drops script, style, navigation, header, footer, aside and form contents, turns block tags into paragraph
/// breaks, decodes common entities, and reads the `<title>`.
public struct TagStripper: Sendable {
    /// Elements whose whole content is not article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe",
        "button", "select", "menu", "dialog",
    ]
    /// Elements that start a new paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main",
        "blockquote", "tr", "table", "pre", "hr", "dd", "dt", "dl", "figure", "figcaption", "caption", "address",
    ]

    public init() {}

    /// The `ArticleExtractor` HTML step: text paragraphs joined by "\n\n", the `<title>`, and decoding diagnostics.
    public func extract(_ raw: RawDocument) -> (text: String, metadata: ArticleMetadata, diagnostics: [Diagnostic]) {
        let decoded = ContentDecoder().decode(raw.bytes, origin: raw.origin, line: raw.line)
        guard let html = decoded.text else { return ("", ArticleMetadata(), decoded.diagnostics) }
        let (body, title) = strip(html)
        let paragraphs = body.components(separatedBy: "\n\n")
            .map { ExtractionText.collapsingWhitespace(TagStripperEntities.decode($0)) }
            .filter { !$0.isEmpty }
        let cleanTitle = title.map { ExtractionText.collapsingWhitespace(TagStripperEntities.decode($0)) }
        return (paragraphs.joined(separator: "\n\n"),
                ArticleMetadata(title: cleanTitle?.isEmpty == false ? cleanTitle : nil), decoded.diagnostics)
    }

    /// Text with "\n\n" at block boundaries (entities still encoded), and the raw `<title>` content.
    func strip(_ html: String) -> (text: String, title: String?) {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var title: String?
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x3C else {
                // Line ends inside text are spaces; only tags make paragraphs.
                out.append(bytes[index] == 0x0A ? 0x20 : bytes[index])
                index += 1
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard let tag = readTag(bytes, at: index) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            index = tag.end
            if tag.name == "title" && !tag.isClosing {
                let close = find(Array("</title".utf8), in: bytes, from: index, caseInsensitive: true) ?? bytes.count
                if title == nil { title = String(decoding: bytes[index..<close], as: UTF8.self) }
                index = skipElement("title", in: bytes, from: index)
            } else if Self.droppedElements.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing {
                index = skipElement(tag.name, in: bytes, from: index)
            } else if Self.blockElements.contains(tag.name) {
                out.append(contentsOf: [0x0A, 0x0A])
            }
        }
        return (String(decoding: out, as: UTF8.self), title)
    }

    private struct Tag {
        let name: String
        let isClosing: Bool
        let isSelfClosing: Bool
        let end: Int
    }

    private func readTag(_ bytes: [UInt8], at start: Int) -> Tag? {
        var index = start + 1
        let isClosing = index < bytes.count && bytes[index] == 0x2F
        if isClosing { index += 1 }
        let nameStart = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart || (index < bytes.count && bytes[index] == 0x21) else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            }
            index += 1
        }
        let isSelfClosing = index > 0 && index < bytes.count && bytes[index - 1] == 0x2F
        return Tag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, end: min(index + 1, bytes.count))
    }

    /// The index after the closing tag of `name` that matches an opening one just read, counting nested ones.
    private func skipElement(_ name: String, in bytes: [UInt8], from start: Int) -> Int {
        var depth = 1
        var index = start
        let isRawText = name == "script" || name == "style" || name == "title"
        while index < bytes.count {
            guard let open = find([0x3C], in: bytes, from: index) else { return bytes.count }
            guard let tag = readTag(bytes, at: open) else { index = open + 1; continue }
            if tag.name == name {
                if tag.isClosing { depth -= 1 } else if !isRawText && !tag.isSelfClosing { depth += 1 }
                if depth == 0 { return tag.end }
            }
            index = tag.end
        }
        return bytes.count
    }

    private func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) {
            var matches = true
            for offset in 0..<needle.count {
                var byte = bytes[index + offset]
                if caseInsensitive && (0x41...0x5A).contains(byte) { byte += 0x20 }
                if byte != needle[offset] { matches = false; break }
            }
            if matches { return index }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
    }
}
