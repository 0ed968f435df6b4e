/// One side of a contradiction: what one source states, and the value it gives for the disputed slot.
public struct Claim: Hashable, Codable, Sendable {
    public let statement: Statement
    /// The value as text ("October", "February 2022", "12", "Wang Yi").
    public let value: String
    /// Where the value is within the statement's article.
    public let valueSpan: TextSpan

    public init(statement: Statement, value: String, valueSpan: TextSpan) {
        self.statement = statement
        self.value = value
        self.valueSpan = valueSpan
    }
}
