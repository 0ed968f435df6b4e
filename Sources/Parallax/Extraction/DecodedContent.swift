/// The text `ContentDecoder` made of some bytes, or nil when they hold no usable text, with what it noticed.
package struct DecodedContent: Sendable {
    /// UTF-8 text with LF line ends; nil for binary or empty input.
    package let text: String?
    package let diagnostics: [Diagnostic]

    package init(text: String?, diagnostics: [Diagnostic]) {
        self.text = text
        self.diagnostics = diagnostics
    }
}
