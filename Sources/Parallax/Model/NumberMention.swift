/// A quantity stated in the text, with its value and unit: "$240.1 billion" is 240,100,000,000 USD.
public struct NumberMention: Hashable, Codable, Sendable {
    public let span: TextSpan
    public let text: String
    public let value: Double
    /// A currency code (USD, EUR), a singular unit ("day", "percent", "km", "people"), or nil for a bare count.
    public let unit: String?

    public init(span: TextSpan, text: String, value: Double, unit: String?) {
        self.span = span
        self.text = text
        self.value = value
        self.unit = unit
    }
}
