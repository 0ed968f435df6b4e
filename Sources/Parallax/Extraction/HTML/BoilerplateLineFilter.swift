/// Drops short lines of page furniture that sit near the text ("Related", "Photo: …", "Aktualisiert: …"),
/// recognised by their opening phrase (kept as data in `ExtractionRules.boilerplateLinePrefixes`).
struct BoilerplateLineFilter: Sendable {
    let rules: ExtractionRules
    private let prefixes: [[UInt8]]
    private let fragments: FragmentSet

    init(rules: ExtractionRules) {
        self.rules = rules
        prefixes = rules.boilerplateLinePrefixes.map { Array($0.utf8) }
        fragments = FragmentSet(rules.boilerplateLineFragments)
    }

    func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        guard !prefixes.isEmpty || !fragments.isEmpty else { return blocks }
        return blocks.filter { !isBoilerplate($0) }
    }

    func isBoilerplate(_ block: TextBlock) -> Bool {
        guard block.length < rules.boilerplateLineLength else { return false }
        // Lowercasing is costly per call, but only short lines get here.
        var line = Array(block.text.lowercased().utf8)
        // "*Werbung", "» Mehr zum Thema": leading marks do not hide the phrase.
        while let first = line.first, first == 0x2A || first == 0x3E || first == 0x7C || first == 0x23 || first == 0x20 { line.removeFirst() }
        if fragments.occurs(in: line) { return true }
        for prefix in prefixes where prefix.count <= line.count {
            guard line.starts(with: prefix) else { continue }
            // "print" must not match "printing": the phrase ends at a non-letter (or ends with one itself).
            if prefix.count == line.count || !Self.isLetter(prefix[prefix.count - 1]) || !Self.isLetter(line[prefix.count]) {
                return true
            }
        }
        return false
    }

    /// ASCII letters and the bytes of multi-byte UTF-8 characters (most of which are letters in news text).
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
