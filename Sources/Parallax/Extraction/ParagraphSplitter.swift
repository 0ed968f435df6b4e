/// Splits decoded plain text into paragraphs: each non-empty line is one, except hard-wrapped blocks
/// (lines broken at a fixed width inside a blank-line-separated block), which are joined back into one.
public struct ParagraphSplitter: Sendable {
    /// When a block's lines count as hard-wrapped.
    public struct Configuration: Sendable {
        /// Wrapped lines are no longer than this many characters.
        public var maxWrapWidth: Int
        /// Every line but the last is at least this share of the block's longest line.
        public var minFillRatio: Double

        public init(maxWrapWidth: Int = 100, minFillRatio: Double = 0.6) {
            self.maxWrapWidth = maxWrapWidth
            self.minFillRatio = minFillRatio
        }

        /// Typical wrap widths are 60 to 80 columns; ragged lines below 60 % fill are separate lines.
        public static let `default` = Configuration()
    }

    public let configuration: Configuration

    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Paragraphs with whitespace collapsed, in order; empty ones dropped.
    public func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var block: [String] = []
        func flush() {
            defer { block.removeAll() }
            guard !block.isEmpty else { return }
            if isHardWrapped(block) {
                result.append(ExtractionText.collapsingWhitespace(block.joined(separator: " ")))
            } else {
                result.append(contentsOf: block.map(ExtractionText.collapsingWhitespace))
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let collapsed = ExtractionText.collapsingWhitespace(String(line))
            if collapsed.isEmpty { flush() } else { block.append(collapsed) }
        }
        flush()
        return result.filter { !$0.isEmpty }
    }

    private func isHardWrapped(_ block: [String]) -> Bool {
        guard block.count >= 2 else { return false }
        let lengths = block.map { $0.count }
        let longest = lengths.max() ?? 0
        guard longest <= configuration.maxWrapWidth, longest >= 40 else { return false }
        let body = block.dropLast()
        let filled = body.allSatisfy { Double($0.count) >= configuration.minFillRatio * Double(longest) }
        // A wrapped block has lines that stop mid-sentence; a list of sentences does not.
        let stopsMidSentence = body.contains { !ExtractionText.endsLikeSentence($0) }
        return filled && stopsMidSentence
    }
}
