/// How a pipeline run compares with a gold story: per section, the items found and the items missed.
public struct GoldReport: Sendable {
    /// One gold section ("entities", "quotes", ...).
    public struct Section: Sendable {
        public let name: String
        public let total: Int
        /// A description of each missed item, and why it counts as missed.
        public let missed: [String]

        public var found: Int { total - missed.count }
    }

    public let sections: [Section]

    public var allFound: Bool { sections.allSatisfy { $0.missed.isEmpty } }

    /// One line per section, then the missed items indented under it.
    public var text: String {
        var lines: [String] = []
        for section in sections {
            lines.append("\(section.name): \(section.found)/\(section.total) found")
            lines += section.missed.map { "  missed: \($0)" }
        }
        let found = sections.reduce(0) { $0 + $1.found }
        let total = sections.reduce(0) { $0 + $1.total }
        lines.append("total: \(found)/\(total) found")
        return lines.joined(separator: "\n") + "\n"
    }
}
