/// A quantity stated in the text, with its value and unit: "$240.1 billion" is 240,100,000,000 USD.
package struct NumberMention: Hashable, Codable, Sendable {
    package let span: TextSpan
    package let text: String
    package let value: Double
    /// A currency code (USD, EUR), a singular unit ("day", "percent", "km", "people"), or nil for a bare count.
    package let unit: String?

    package init(span: TextSpan, text: String, value: Double, unit: String?) {
        self.span = span
        self.text = text
        self.value = value
        self.unit = unit
    }
}
