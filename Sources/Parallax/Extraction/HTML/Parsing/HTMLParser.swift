/// Bytes → HTMLDocument; never crashes, never hangs, linear time.
///
/// The parsing layer of extraction: `HTMLEncoding` turns bytes into UTF-8, `HTMLTokenizer` splits
/// them into `HTMLToken`s, `HTMLTreeBuilder` repairs and nests them into the `HTMLNode` arena of an
/// `HTMLDocument`. Nothing here recurses, so hostile input can only cost time linear in its size.
public struct HTMLParser {
    public let configuration: Configuration

    public init() {
        self.configuration = .default
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func parse(_ bytes: [UInt8]) -> HTMLDocument {
        let utf8 = HTMLEncoding.utf8Bytes(of: bytes).bytes
        return Self.parseUTF8(utf8, maxDepth: configuration.maxDepth, xml: false).document
    }

    /// Parses bytes already in UTF-8; `xml` switches off the HTML repair rules (for feeds).
    static func parseUTF8(
        _ utf8: [UInt8], maxDepth: Int, xml: Bool
    ) -> (document: HTMLDocument, strayEndTags: [String], unclosed: [String]) {
        utf8.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(bytes: buffer, recognizesRawText: !xml)
            var builder = HTMLTreeBuilder(maxDepth: maxDepth, xml: xml)
            while true {
                let token = tokenizer.next()
                builder.consume(token, in: buffer)
                if case .end = token { break }
            }
            let unclosed = builder.unclosedElements
            return (builder.finish(), builder.strayEndTags, unclosed)
        }
    }
}
