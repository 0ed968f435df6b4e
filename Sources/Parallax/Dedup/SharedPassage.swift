/// A run of words two articles share: the span in each and how many words it holds.
package struct SharedPassage: Hashable, Sendable {
    package let first: TextSpan
    package let second: TextSpan
    package let wordCount: Int

    package init(first: TextSpan, second: TextSpan, wordCount: Int) {
        self.first = first
        self.second = second
        self.wordCount = wordCount
    }
}
