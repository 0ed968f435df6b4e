/// A list of lowercase phrases compiled once for substring tests on lowercased text: each phrase filed under its
/// first byte, so one pass over the text tests them all (a search per phrase per line cost more than parsing).
struct FragmentSet: Sendable {
    private let patterns: [[UInt8]]
    /// For each first byte, the patterns starting with it.
    private let buckets: [[Int]]

    init(_ fragments: [String]) {
        var patterns: [[UInt8]] = []
        var buckets = [[Int]](repeating: [], count: 256)
        for fragment in fragments {
            let bytes = Array(fragment.utf8)
            // An empty phrase never matches, as in `BoilerplateFilter.contains`.
            guard let first = bytes.first else { continue }
            buckets[Int(first)].append(patterns.count)
            patterns.append(bytes)
        }
        self.patterns = patterns
        self.buckets = buckets
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: [UInt8]) -> Bool { count(in: text, upTo: 1) >= 1 }

    /// How many distinct phrases occur in `text`, counting no further than `limit`.
    func count(in text: [UInt8], upTo limit: Int) -> Int {
        var found = Set<Int>()
        let total = text.count
        for start in 0..<total {
            for index in buckets[Int(text[start])] where !found.contains(index) {
                let pattern = patterns[index]
                guard start + pattern.count <= total else { continue }
                var offset = 1
                while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count {
                    found.insert(index)
                    if found.count >= limit { return found.count }
                }
            }
        }
        return found.count
    }
}
