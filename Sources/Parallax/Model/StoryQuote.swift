/// A quotation merged across the sources that carry it, with its speaker's story-wide name.
public struct StoryQuote: Hashable, Codable, Sendable {
    /// The speaker as a story entity name, or nil when no source names one.
    public let speaker: String?
    /// The longest form of the quotation among the sources.
    public let text: String
    /// The quotation in each source that carries it.
    public let occurrences: [Quote]

    public init(speaker: String?, text: String, occurrences: [Quote]) {
        self.speaker = speaker
        self.text = text
        self.occurrences = occurrences
    }
}
