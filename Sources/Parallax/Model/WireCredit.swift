/// A news agency an article credits ("according to Xinhua"), with the words that credit it.
public struct WireCredit: Hashable, Codable, Sendable {
    /// The agency's canonical name ("Reuters", "Associated Press", "AFP", "Xinhua").
    public let agency: String
    public let span: TextSpan

    public init(agency: String, span: TextSpan) {
        self.agency = agency
        self.span = span
    }
}
