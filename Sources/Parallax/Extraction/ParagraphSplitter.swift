/// Splits decoded plain text into paragraphs: each non-empty line is one, except hard-wrapped blocks
/// (lines broken at a fixed width inside a blank-line-separated block), which are joined back into one.
package struct ParagraphSplitter: Sendable {
    /// When a block's lines count as hard-wrapped.
    package struct Configuration: Sendable {
        /// Wrapped lines are no longer than this many characters.
        package var maxWrapWidth: Int
        /// Every line but the last is at least this share of the block's longest line.
        package var minFillRatio: Double

        package init(maxWrapWidth: Int = 100, minFillRatio: Double = 0.6) {
            self.maxWrapWidth = maxWrapWidth
            self.minFillRatio = minFillRatio
        }

        /// Typical wrap widths are 60 to 80 columns; ragged lines below 60 % fill are separate lines.
        package static let `default` = Configuration()
    }

    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Paragraphs with whitespace collapsed, in order; empty ones dropped.
    package func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var block: [String] = []
        // Lines are collapsed as they are read, so a block's lines and their join need no second pass.
        func flush() {
            defer { block.removeAll() }
            guard !block.isEmpty else { return }
            if isHardWrapped(block) { result.append(block.joined(separator: " ")) } else { result.append(contentsOf: block) }
        }
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            // Line ends are normalized to "\n" before splitting, and "\n" always ends a grapheme, so bytes suffice.
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let collapsed = ExtractionText.collapsingWhitespace(bytes, start..<end)
                if collapsed.isEmpty { flush() } else { block.append(collapsed) }
                start = end + 1
            }
        }
        flush()
        return result
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
