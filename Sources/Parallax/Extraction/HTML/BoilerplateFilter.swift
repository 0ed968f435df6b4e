/// Decides which elements are boilerplate before any text is collected: tags, hidden elements, class/id markers.
struct BoilerplateFilter {
    let rules: ExtractionRules
    /// Drops only what is never text (scripts, styles, hidden elements), not what class/id names or layout tags suggest:
    /// the second pass for pages whose article sits in a box named like a sidebar or share bar.
    var lenient = false
    /// The marker lists compiled for fast matching (built from `rules` when not given).
    let matcher: MarkerMatcher

    init(rules: ExtractionRules, lenient: Bool = false, matcher: MarkerMatcher? = nil) {
        self.rules = rules
        self.lenient = lenient
        self.matcher = matcher ?? MarkerMatcher(rules: rules)
    }

    /// For each node, whether it and everything inside it is dropped.
    func removedNodes(in tree: ContentTree) -> [Bool] {
        let removedTag = tree.tagTable(rules.removedTags)
        let layoutTag = tree.tagTable(rules.layoutTags)
        let protectedTag = tree.tagTable(rules.protectedTags)
        var textSize = [Int](repeating: 0, count: tree.count)
        for node in stride(from: tree.count - 1, through: 0, by: -1) {
            let parent = tree.parent[node]
            // Visible text only: script, style and the like would make every wrapper look small.
            if tree.tagCode[node] == 0 && (parent < 0 || !removedTag[tree.tagCode[parent]]) {
                textSize[node] += tree.text[node].utf8.count
            }
            if parent >= 0 { textSize[parent] += textSize[node] }
        }
        let pageSize = max(textSize[tree.root], 1)
        var verdictByMarker: [String: MarkerVerdict] = [:]
        var removed = [Bool](repeating: false, count: tree.count)
        // Nodes are stored in document order, parents first.
        for node in 0..<tree.count {
            let parent = tree.parent[node]
            if parent >= 0 && removed[parent] { removed[node] = true; continue }
            let tag = tree.tagCode[node]
            if tag == 0 { continue }
            if removedTag[tag] || tree.hidden[node] { removed[node] = true; continue }
            // A wrapper holding most of the page is a layout box whose name says little ("page-with-sidebar").
            let isWrapper = textSize[node] * 2 > pageSize
            if lenient { continue }
            if layoutTag[tag] { removed[node] = !isWrapper; continue }
            let marker = tree.marker[node]
            if marker.isEmpty || protectedTag[tag] { continue }
            let verdict: MarkerVerdict
            if let known = verdictByMarker[marker] { verdict = known } else {
                verdict = judge(marker)
                verdictByMarker[marker] = verdict
            }
            switch verdict {
            case .strongNegative: removed[node] = !isWrapper
            case .mixed:
                // "l-sidebar-fixed l-article-body": a layout box named after both; keep it when it holds a fair share of the page.
                removed[node] = textSize[node] * 10 < pageSize
            case .negative: break
            case .neutral: break
            }
        }
        return removed
    }

    enum MarkerVerdict { case strongNegative, mixed, negative, neutral }

    /// Each class or id word is judged alone: in "related_post" or "entry-meta" the positive part names what the
    /// box belongs to and the negative part what it is, so only a purely positive word makes the verdict mixed.
    func judge(_ marker: String) -> MarkerVerdict {
        if let verdict = matcher.judgeASCII(marker) { return verdict }
        var strong = false
        var purelyPositive = false
        var positive = false
        for token in marker.split(separator: " ") {
            let bytes = Array(token.utf8)
            let isPositive = rules.positiveMarkers.contains { Self.contains(bytes, $0) }
            let words = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            let isStrong = rules.strongNegativeMarkers.contains(where: { Self.contains(bytes, $0) })
                || words.contains(where: { rules.strongNegativeWords.contains(String($0)) })
            if isStrong { strong = true } else if isPositive { purelyPositive = true }
            positive = positive || isPositive
        }
        if strong { return purelyPositive ? .mixed : .strongNegative }
        let bytes = Array(marker.utf8)
        if !positive && rules.negativeMarkers.contains(where: { Self.contains(bytes, $0) }) { return .negative }
        return .neutral
    }

    /// Byte substring search: markers are short ASCII, and Foundation's `contains` costs a bridge per call.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count, let first = pattern.first else { return false }
        var start = 0
        while start + pattern.count <= haystack.count {
            if haystack[start] == first {
                var offset = 1
                while offset < pattern.count && haystack[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
