/// A direct quotation in one article and who said it.
public struct Quote: Hashable, Codable, Sendable {
    /// The quoted words, without the quotation marks.
    public let span: TextSpan
    public let text: String
    /// The speaker's name, resolved from pronouns ("she added") to the person named before; nil when unknown.
    public let speaker: String?
    /// Where the speaker is named or referred to in the attribution, if anywhere.
    public let speakerSpan: TextSpan?

    public init(span: TextSpan, text: String, speaker: String?, speakerSpan: TextSpan?) {
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerSpan = speakerSpan
    }
}
