/// One sentence of the consolidated summary, taken intact from a source, with every source that supports it.
public struct SummarySentence: Hashable, Codable, Sendable {
    public let text: String
    /// The sentence itself first, then the statements of other sources that say the same.
    public let citations: [TextSpan]

    public init(text: String, citations: [TextSpan]) {
        self.text = text
        self.citations = citations
    }
}
