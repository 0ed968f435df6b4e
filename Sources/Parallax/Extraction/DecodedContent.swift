/// The text `ContentDecoder` made of some bytes, or nil when they hold no usable text, with what it noticed.
public struct DecodedContent: Sendable {
    /// UTF-8 text with LF line ends; nil for binary or empty input.
    public let text: String?
    public let diagnostics: [Diagnostic]

    public init(text: String?, diagnostics: [Diagnostic]) {
        self.text = text
        self.diagnostics = diagnostics
    }
}
