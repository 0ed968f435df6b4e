/// A run of words two articles share: the span in each and how many words it holds.
public struct SharedPassage: Hashable, Sendable {
    public let first: TextSpan
    public let second: TextSpan
    public let wordCount: Int

    public init(first: TextSpan, second: TextSpan, wordCount: Int) {
        self.first = first
        self.second = second
        self.wordCount = wordCount
    }
}
