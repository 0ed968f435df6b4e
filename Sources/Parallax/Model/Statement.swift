/// What one source says: a sentence or clause of one article, with its text.
public struct Statement: Hashable, Codable, Sendable {
    public let span: TextSpan
    public let text: String

    public init(span: TextSpan, text: String) {
        self.span = span
        self.text = text
    }
}
