/// Prose the container choice left out between the first and last chosen block: the body split into sibling boxes
/// around an ad, a picture or a quote box. Only paragraphs (no headings, list items or cells), long and nearly link-free.
///
/// Paragraphs after the content are not added: measured, they are more often a footer note or a donation call than text.
struct ContentNeighbours {
    let configuration: HTMLExtractor.Configuration
    /// A paragraph that fills a gap has at least this many UTF-8 bytes.
    var minimumLength = 60
    /// And at most this share of linked text.
    var maximumLinkDensity = 0.1

    /// `chosen`: ascending block indices. Returns them with the gaps' prose added, ascending.
    func fillGaps(_ chosen: [Int], in blocks: [TextBlock]) -> [Int] {
        guard let first = chosen.first, let last = chosen.last, last - first + 1 > chosen.count else { return chosen }
        var result: [Int] = []
        result.reserveCapacity(chosen.count)
        var next = 0
        for index in first...last {
            if next < chosen.count && chosen[next] == index {
                result.append(index)
                next += 1
            } else if isProse(blocks[index]) {
                result.append(index)
            }
        }
        return result
    }

    private func isProse(_ block: TextBlock) -> Bool {
        !block.isHeading && !block.isListOrCell && block.length >= minimumLength && block.linkDensity < maximumLinkDensity
    }
}
