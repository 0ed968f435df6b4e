/// Bytes → HTMLDocument; never crashes, never hangs, linear time.
///
/// The parsing layer of extraction: `HTMLEncoding` turns bytes into UTF-8, `HTMLTokenizer` splits
/// them into `HTMLToken`s, `HTMLTreeBuilder` repairs and nests them into the `HTMLNode` arena of an
/// `HTMLDocument`. Nothing here recurses, so hostile input can only cost time linear in its size.
package struct HTMLParser {
    package let configuration: Configuration

    package init() {
        self.configuration = .default
    }

    package init(configuration: Configuration) {
        self.configuration = configuration
    }

    package func parse(_ bytes: [UInt8]) -> HTMLDocument {
        let utf8 = HTMLEncoding.utf8Bytes(of: bytes).bytes
        return Self.parseUTF8(utf8, maxDepth: configuration.maxDepth, xml: false).document
    }

    /// Parses bytes already in UTF-8; `xml` switches off the HTML repair rules (for feeds).
    static func parseUTF8(
        _ utf8: [UInt8], maxDepth: Int, xml: Bool
    ) -> (document: HTMLDocument, strayEndTags: [String], unclosed: [String]) {
        let parsed = parseUTF8(utf8, into: HTMLDocumentSink(), maxDepth: maxDepth, xml: xml)
        return (parsed.sink.document(), parsed.strayEndTags, parsed.unclosed)
    }

    /// Parses any bytes into `sink` (the extractor builds its `ContentTree` this way, without an `HTMLDocument`).
    static func parse<Sink: HTMLTreeSink>(_ bytes: [UInt8], into sink: Sink, maxDepth: Int) -> Sink {
        parseUTF8(HTMLEncoding.utf8Bytes(of: bytes).bytes, into: sink, maxDepth: maxDepth, xml: false).sink
    }

    static func parseUTF8<Sink: HTMLTreeSink>(
        _ utf8: [UInt8], into sink: Sink, maxDepth: Int, xml: Bool
    ) -> (sink: Sink, strayEndTags: [String], unclosed: [String]) {
        utf8.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(bytes: buffer, recognizesRawText: !xml, decodesValue: Sink.usesValue(ofAttribute:))
            var builder = HTMLTreeBuilder(sink: sink, maxDepth: maxDepth, xml: xml)
            while true {
                let token = tokenizer.next()
                builder.consume(token, in: buffer)
                if case .end = token { break }
            }
            let unclosed = builder.unclosedElements
            builder.finish()
            return (builder.sink, builder.strayEndTags, unclosed)
        }
    }
}
