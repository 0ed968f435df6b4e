import Parallax

/// Renders an article's text as HTML paragraphs with the cited spans marked, slicing by UTF-8 byte ranges.
///
/// Spans may overlap: the text is cut at every span boundary and each piece is marked with every span covering it
/// (`data-c` lists their anchors), so nesting stays valid. Each span gets an empty anchor element where it starts.
/// Only one part of the text is rendered, with the spans that reach into it, so cost follows the part, not the text.
enum SourceTextRenderer {
    static func render(_ text: String, spans: [HighlightedSpan], part: SourcePart = SourcePart(number: 1)) -> String {
        let bytes = Array(text.utf8)
        let window = part.range(in: bytes)
        let spans = spans.map { clamp($0, in: bytes) }
            .map { HighlightedSpan(start: max($0.start, window.lowerBound), end: min($0.end, window.upperBound), anchor: $0.anchor) }
            .filter { $0.start < $0.end }
        var anchored = Set<String>()
        var html = ""
        for paragraph in paragraphs(bytes, in: window) {
            var cuts = Set([paragraph.lowerBound, paragraph.upperBound])
            for span in spans {
                if paragraph.contains(span.start) { cuts.insert(span.start) }
                if paragraph.contains(span.end) { cuts.insert(span.end) }
            }
            let points = cuts.sorted()
            html += "<p>"
            for (start, end) in zip(points, points.dropFirst()) {
                let covering = spans.filter { $0.start <= start && end <= $0.end }
                for span in covering where anchored.insert(span.anchor).inserted {
                    html += "<span class=\"anchor\" id=\"\(HTMLEscaping.escape(span.anchor))\"></span>"
                }
                let piece = escapedText(bytes[start..<end])
                if covering.isEmpty {
                    html += piece
                } else {
                    let ids = covering.map(\.anchor).joined(separator: " ")
                    html += "<mark data-c=\"\(HTMLEscaping.escape(ids))\">\(piece)</mark>"
                }
            }
            html += "</p>\n"
        }
        return html
    }

    /// Paragraph ranges within a window: text between runs of two or more newlines, without the surrounding
    /// whitespace lines.
    static func paragraphs(_ bytes: [UInt8], in window: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = window.lowerBound
        var index = window.lowerBound
        while index < window.upperBound {
            if bytes[index] == 0x0A {
                var run = index
                var newlines = 0
                while run < window.upperBound, bytes[run] == 0x0A || bytes[run] == 0x0D || bytes[run] == 0x20 {
                    if bytes[run] == 0x0A { newlines += 1 }
                    run += 1
                }
                if newlines >= 2 {
                    if start < index { result.append(start..<index) }
                    start = run
                }
                index = run
            } else {
                index += 1
            }
        }
        if start < window.upperBound { result.append(start..<window.upperBound) }
        return result
    }

    /// Keeps a span inside the text and on scalar boundaries, so a bad range can never split a character.
    private static func clamp(_ span: HighlightedSpan, in bytes: [UInt8]) -> HighlightedSpan {
        func boundary(_ offset: Int) -> Int {
            var position = min(max(offset, 0), bytes.count)
            while position > 0, position < bytes.count, bytes[position] & 0xC0 == 0x80 { position -= 1 }
            return position
        }
        return HighlightedSpan(start: boundary(span.start), end: boundary(span.end), anchor: span.anchor)
    }

    private static func escapedText(_ bytes: ArraySlice<UInt8>) -> String {
        HTMLEscaping.escape(String(decoding: bytes, as: UTF8.self)).replacingOccurrences(of: "\n", with: "<br>")
    }
}
