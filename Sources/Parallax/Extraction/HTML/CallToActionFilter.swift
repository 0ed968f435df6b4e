/// Drops the calls to action that close many articles ("Subscribe to our newsletter", "Follow us on Facebook and
/// Instagram", "Download our app", an advertising disclosure): short blocks at the end of the text that hold a
/// fragment of `ExtractionRules.callToActionFragments` or name two social networks.
///
/// Only the closing blocks are tested: the same words inside an article's body are usually reporting, not furniture.
struct CallToActionFilter: Sendable {
    let rules: ExtractionRules
    private let fragments: FragmentSet
    private let networks: FragmentSet
    /// How many kept blocks, counted from the end, the test looks through before it stops.
    var closingBlocks = 4
    /// Elsewhere in the text, only blocks shorter than this (UTF-8 bytes) are tested.
    var shortLineLength = 100

    init(rules: ExtractionRules) {
        self.rules = rules
        fragments = FragmentSet(rules.callToActionFragments)
        networks = FragmentSet(rules.socialNetworkNames)
    }

    func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        guard !fragments.isEmpty || !networks.isEmpty else { return blocks }
        var dropped = Set<Int>()
        var seen = 0
        var index = blocks.count - 1
        while index >= 0 && seen < closingBlocks {
            if isCallToAction(blocks[index], maximumLength: rules.callToActionLength) { dropped.insert(index) } else { seen += 1 }
            index -= 1
        }
        // Above the closing blocks, only a line too short to be a paragraph of reporting ("Sign up for our newsletter").
        while index >= 0 {
            if isCallToAction(blocks[index], maximumLength: shortLineLength) { dropped.insert(index) }
            index -= 1
        }
        guard !dropped.isEmpty, dropped.count < blocks.count else { return blocks }
        return blocks.indices.filter { !dropped.contains($0) }.map { blocks[$0] }
    }

    func isCallToAction(_ block: TextBlock, maximumLength: Int) -> Bool {
        guard block.length < maximumLength else { return false }
        var line: [UInt8] = []
        line.reserveCapacity(block.length)
        // A no-break space (C2 A0) reads as a space: "download the\u{A0}app" must match "download the ".
        var previous: UInt8 = 0
        for byte in block.text.lowercased().utf8 {
            if previous == 0xC2 && byte == 0xA0 { line[line.count - 1] = 0x20 } else { line.append(byte) }
            previous = byte
        }
        return fragments.occurs(in: line) || networks.count(in: line, upTo: 2) >= 2
    }
}
